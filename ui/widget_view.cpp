#include "ui/widget_view.h"

#include "model/ladder.h"
#include "model/number_format.h"
#include "model/view.h"
#include "model/view_texts.h"
#include "ui/breakdown_view.h"
#include "ui/ladder_view.h"
#include "ui/layout.h"
#include "ui/line_view.h"
#include "ui/sources_view.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace aicost::ui {
namespace {

constexpr float kMaxContentWidth = 1080.0f;

void draw_notice(Frame& f) {
    if (f.state.warnings.empty()) return;
    const Palette& p = f.ctx.palette;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float pad = 12.0f, inner = f.width - 2 * pad;
    ImGui::SetCursorScreenPos(ImVec2(f.left + pad, top.y + pad));
    ImGui::BeginGroup();
    wrapped(f.ctx.fonts.strong, p.notice_ink, f.t("notice.title"), inner - 70);
    // Several bad keys in one link make one notice, not a wall of text.
    const size_t shown = std::min(f.state.warnings.size(), kWarningsShown);
    for (size_t i = 0; i < shown; ++i)
        wrapped(f.ctx.fonts.small, p.notice_ink,
                warning_message(f.state.warnings[i], f.ctx.strings, f.lang()), inner);
    if (std::string more = more_warnings_text(f.state.warnings, shown, f.lang(), f.ctx.strings);
        !more.empty())
        wrapped(f.ctx.fonts.small, p.notice_ink, more, inner);
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + pad;
    const std::string dismiss = f.t("notice.dismiss");
    ImGui::SetCursorScreenPos(ImVec2(
        f.left + f.width - pad - text_width(f.ctx.fonts.small, dismiss.c_str()), top.y + pad));
    if (text_button("##dismiss", dismiss.c_str(), f.ctx.fonts.small, p.notice_ink, true))
        act(f, kDismissKey);
    anchor(f, std::string(kDismissKey));
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(ImVec2(f.left, top.y), ImVec2(f.left + f.width, bottom), p.notice_bg, 6.0f);
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(f.left, bottom));
    gap(12);
}

void draw_picker(Frame& f) {
    wrapped(f.ctx.fonts.kicker, f.ctx.palette.muted, f.t("picker.label"), f.width);
    if (narrow_widget(ImGui::GetIO().DisplaySize.x)) {
        // One box naming the scenario shown; it unfolds the list of the others.
        const bool open = f.state.open_folds.count(kPickerFold) > 0;
        const std::string key = fold_key(kPickerFold);
        if (dropdown("##picker", f.state.scenario.short_title.in(f.lang()).c_str(), open, f.width,
                     f.ctx.fonts.strong, f.palette()))
            act(f, key);
        anchor(f, key, 8.0f);
        if (!open) return;
        gap(2);
        for (const Scenario& scenario : f.ctx.catalog.scenarios) {
            ImGui::PushID(scenario.id.c_str());
            const std::string control = scenario_key(scenario.id);
            if (list_option(scenario.short_title.in(f.lang()).c_str(),
                            scenario.id == f.state.scenario.id, f.width, f.ctx.fonts.body,
                            f.palette()))
                act(f, control);
            anchor(f, control, 6.0f);
            ImGui::PopID();
        }
        return;
    }
    chip_row(
        f, f.ctx.catalog.scenarios, [&](const Scenario& s) { return s.short_title.in(f.lang()); },
        [&](const Scenario& s) { return s.id == f.state.scenario.id; },
        [](const Scenario& s) { return scenario_key(s.id); });
}

// A published figure, and whether the lines it covers reproduce it with the reader's values.
void draw_published(Frame& f, const PublishedFigure& figure) {
    const Palette& p = f.palette();
    wrapped(f.ctx.fonts.strong, p.ink, figure.label.in(f.lang()), f.width);
    const PublishedNotes notes =
        published_notes(f.state.scenario, figure, f.currency(), f.lang(), f.ctx.strings);
    for (const std::string& detail : notes.details)
        wrapped(f.ctx.fonts.small, p.muted, detail, f.width);
    wrapped(f.ctx.fonts.small, notes.reproduced ? p.muted : p.accent, notes.verdict, f.width);
}

// Where the total sits among the scale's other figures: a strip of the scale (each figure a dot,
// the total a larger one) over the sentence that names its neighbours.
void draw_position(Frame& f) {
    const Palette& p = f.palette();
    const std::vector<Rung> rungs = ladder_rungs(f.ctx.catalog, f.state);
    const ScalePosition position = scale_position(f.state, rungs);
    const std::string where = scale_position_text(position, f.currency(), f.ctx.strings, f.lang());
    if (where.empty()) return;
    gap(8);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float y = top.y + 8.0f, left = f.left + 6.0f, right = f.left + f.width - 6.0f;
    const auto x_of = [&](double usd) {
        return left + float(ladder_position(usd)) * (right - left);
    };
    draw->AddLine(ImVec2(left, y), ImVec2(right, y), p.rule, 2.0f);
    for (const Rung& rung : rungs)
        if (!rung.computed) {
            const bool neighbour = &rung == position.lower || &rung == position.upper;
            draw->AddCircleFilled(ImVec2(x_of(rung.usd), y), neighbour ? 4.0f : 3.0f,
                                  neighbour ? p.ink : p.muted, 12);
        }
    draw->AddCircleFilled(ImVec2(x_of(position.usd), y), 6.5f, p.current, 20);
    gap(18);
    wrapped(f.ctx.fonts.small, p.muted, where, f.width);
}

void draw_total(Frame& f) {
    const Scenario& scenario = f.state.scenario;
    const Palette& p = f.ctx.palette;
    const Currency& currency = display_currency(f.state, f.ctx.catalog);
    const double total = scenario_total_usd(scenario);

    wrapped(f.ctx.fonts.heading, p.ink, scenario.title.in(f.lang()), f.width);
    gap(2);
    wrapped(f.ctx.fonts.body, p.muted, scenario.summary.in(f.lang()), f.width);
    gap(10);
    wrapped(f.ctx.fonts.kicker, p.muted, f.t("total.label"), f.width);
    // The figure keeps one line: a very large amount in a narrow column is drawn smaller.
    const std::string figure = format_money(total, currency, f.lang());
    const float figure_w = text_width(f.ctx.fonts.figure, figure.c_str());
    ImGui::PushFont(f.ctx.fonts.figure);
    if (figure_w > f.width) ImGui::SetWindowFontScale(f.width / figure_w);
    ImGui::TextUnformatted(figure.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    wrapped(f.ctx.fonts.body, p.muted, total_detail(scenario, f.lang(), f.ctx.strings), f.width);

    for (const PublishedFigure& figure : scenario.published) {
        gap(6);
        draw_published(f, figure);
    }
    if (view_parts(f.state.view).position) draw_position(f);
}

void draw_reset(Frame& f) {
    if (!differs_from_defaults(f.state.scenario)) return;
    gap(4);
    if (text_button("##reset", f.t("reset").c_str(), f.ctx.fonts.small, f.ctx.palette.accent, true))
        act(f, kResetKey);
    anchor(f, std::string(kResetKey));
}

void draw_footer(Frame& f) {
    const Catalog& catalog = f.ctx.catalog;
    gap(10);
    rule(f);
    gap(12);
    float row_x = f.left;
    chip_row(
        f, catalog.currencies, [](const Currency& c) { return currency_label(c); },
        [&](const Currency& c) { return c.code == f.state.currency; },
        [](const Currency& c) { return currency_key(c.code); }, &row_x);
    if (!view_parts(f.state.view).all_settings) {
        // An embed of one part: the host has set the language and the theme.
        draw_reset(f);
        return;
    }
    // Each language names itself, in itself.
    chip_row(
        f, catalog.languages,
        [&](const Lang& lang) { return text(f.ctx.strings, lang, "lang.name"); },
        [&](const Lang& lang) { return lang == f.state.lang; },
        [](const Lang& lang) { return lang_key(lang); }, &row_x);
    std::vector<Theme> themes;
    for (const auto& entry : kThemeNames)
        themes.push_back(entry.value);
    chip_row(
        f, themes, [&](Theme theme) { return f.t("theme." + std::string(theme_name(theme))); },
        [&](Theme theme) { return theme == f.state.theme; },
        [](Theme theme) { return theme_key(theme); }, &row_x);
    draw_reset(f);
}

} // namespace

void ViewResult::merge(const ViewResult& later) {
    state_changed = state_changed || later.state_changed;
    if (!later.edit_key.empty()) edit_key = later.edit_key;
    if (!later.open_url.empty()) open_url = later.open_url;
    content_height = later.content_height;
    anchors = later.anchors;
}

ViewResult draw_widget(WidgetState& state, const ViewContext& ctx) {
    ViewResult result;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("##widget", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse |
                     ImGuiWindowFlags_NoBringToFrontOnFocus |
                     // The canvas is cleared to the paper: a window-sized fill on top would cost
                     // every pixel twice (most of a frame's GPU time on a phone without a GPU).
                     ImGuiWindowFlags_NoBackground);

    // ImGui skips drawing the items outside the window's clip rectangle: the part not shown.
    ImGui::PushClipRect(ImVec2(0, ctx.drawn_top), ImVec2(io.DisplaySize.x, ctx.drawn_bottom), true);
    const float pad = io.DisplaySize.x < 480 ? 16.0f : 24.0f;
    Frame f{state, ctx, result};
    f.width = std::max(1.0f, std::min(io.DisplaySize.x - 2 * pad, kMaxContentWidth));
    f.left = std::floor((io.DisplaySize.x - f.width) * 0.5f);
    ImGui::SetCursorScreenPos(ImVec2(f.left, pad));
    ImGui::Indent(f.left); // every new line starts at the content column
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 6));

    if (!ctx.data_error.empty()) {
        state.warnings.clear();
        wrapped(ctx.fonts.strong, ctx.palette.notice_ink,
                data_error_text(ctx.data_error, ctx.strings, f.lang()), f.width);
    } else {
        // Each part is a block the document's matching element is laid over.
        const auto part = [&](const char* name, void (*draw)(Frame&)) {
            const float top = ImGui::GetCursorScreenPos().y;
            draw(f);
            anchor_block(f, name, top);
        };
        const ViewParts parts = view_parts(state.view);
        part("notice", draw_notice);
        if (parts.picker) {
            part("picker", draw_picker);
            gap(18);
        }
        if (parts.head) part("head", draw_total);
        if (parts.breakdown) part("breakdown", draw_breakdown);
        if (parts.lines) draw_lines(f); // one block per line
        if (parts.owning) part("owning", draw_owning);
        if (parts.ladder) part("ladder", draw_ladder);
        part("sources", draw_sources);
        part("settings", draw_footer);
    }
    ImGui::PopStyleVar();
    ImGui::Unindent(f.left);
    result.content_height = std::ceil(ImGui::GetCursorScreenPos().y + pad);
    ImGui::PopClipRect();
    ImGui::End();
    return result;
}

} // namespace aicost::ui
