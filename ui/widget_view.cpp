#include "ui/widget_view.h"

#include "model/number_format.h"
#include "model/permalink.h"
#include "ui/breakdown_view.h"
#include "ui/ladder_view.h"
#include "ui/layout.h"
#include "ui/line_view.h"
#include "ui/sources_view.h"

#include <algorithm>
#include <cctype>
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
    const size_t shown = std::min<size_t>(f.state.warnings.size(), 4);
    for (size_t i = 0; i < shown; ++i)
        wrapped(f.ctx.fonts.small, p.notice_ink,
                warning_message(f.state.warnings[i], f.ctx.strings, f.lang()), inner);
    if (f.state.warnings.size() > shown) wrapped(f.ctx.fonts.small, p.notice_ink, "…", inner);
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + pad;
    const std::string dismiss = f.t("notice.dismiss");
    ImGui::SetCursorScreenPos(ImVec2(
        f.left + f.width - pad - text_width(f.ctx.fonts.small, dismiss.c_str()), top.y + pad));
    if (text_button("##dismiss", dismiss.c_str(), f.ctx.fonts.small, p.notice_ink, true)) {
        f.state.warnings.clear();
        f.result.state_changed = true;
    }
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(ImVec2(f.left, top.y), ImVec2(f.left + f.width, bottom), p.notice_bg, 6.0f);
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(f.left, bottom));
    gap(12);
}

void draw_picker(Frame& f) {
    const Catalog& catalog = f.ctx.catalog;
    wrapped(f.ctx.fonts.kicker, f.ctx.palette.muted, f.t("picker.label"), f.width);
    int clicked = chip_row(
        f, catalog.scenarios, [&](const Scenario& s) { return s.short_title.in(f.lang()); },
        [&](const Scenario& s) { return s.id == f.state.scenario.id; });
    if (clicked >= 0 && catalog.scenarios[clicked].id != f.state.scenario.id) {
        select_scenario(f.state, catalog, catalog.scenarios[clicked].id);
        f.result.state_changed = true;
    }
}

// A published figure, and whether the lines it covers reproduce it with the reader's values.
void draw_published(Frame& f, const PublishedFigure& figure) {
    const Scenario& scenario = f.state.scenario;
    const Palette& p = f.palette();
    const Currency& currency = f.currency();
    wrapped(f.ctx.fonts.strong, p.ink, figure.label.in(f.lang()), f.width);
    const double computed = published_computed_usd(scenario, figure);
    const bool table = figure.line_ids.empty() && scenario.table_rounding_gpu_hours > 0;
    if (table)
        wrapped(
            f.ctx.fonts.small, p.muted,
            fill(f.t("published.table"), {{"table", format_money(computed, currency, f.lang())}}),
            f.width);
    const bool whole = figure.line_ids.empty() || figure.line_ids.size() == scenario.lines.size();
    if (!table && (!whole || figure.precision != Precision::Exact))
        wrapped(f.ctx.fonts.small, p.muted,
                fill(f.t(whole ? "published.computed" : "published.computed_lines"),
                     {{"computed", format_money(computed, currency, f.lang())}}),
                f.width);
    const bool ok = reproduces(computed, figure.usd, figure.precision);
    const char* key = !ok                                       ? "published.differs"
                      : figure.precision == Precision::MoreThan ? "published.match_floor"
                      : figure.precision == Precision::About    ? "published.match_about"
                                                                : "published.match";
    wrapped(f.ctx.fonts.small, ok ? p.muted : p.accent,
            fill(f.t(key), {{"ratio", ratio_text(computed / figure.usd, f.lang())}}), f.width);
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
    // Hours for rented or owned runs; a purchase has a fleet size instead.
    std::string detail;
    if (scenario_gpu_hours(scenario) > 0)
        detail = fill(f.t("total.gpu_hours"),
                      {{"gpu_hours", format_number(scenario_gpu_hours(scenario), 0, f.lang())}});
    if (scenario.gpu_count > 0)
        detail += (detail.empty() ? f.t("total.fleet") : " " + f.t("total.cluster"));
    detail = fill(detail, {{"gpus", format_number(scenario.gpu_count, 0, f.lang())}});
    wrapped(f.ctx.fonts.body, p.muted, detail, f.width);

    for (const PublishedFigure& figure : scenario.published) {
        gap(6);
        draw_published(f, figure);
    }
}

bool modified(const Scenario& scenario) {
    for (const Line& line : scenario.lines)
        for (const Input& input : line.inputs)
            if (input.value != input.default_value) return true;
    return false;
}

void draw_footer(Frame& f) {
    const Catalog& catalog = f.ctx.catalog;
    gap(16);
    rule(f);
    gap(12);
    int clicked = chip_row(
        f, catalog.currencies,
        [](const Currency& c) {
            std::string code = c.code;
            for (char& ch : code)
                ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            return c.symbol + " " + code;
        },
        [&](const Currency& c) { return c.code == f.state.currency; });
    if (clicked >= 0) {
        f.state.currency = catalog.currencies[clicked].code;
        f.result.state_changed = true;
    }
    const Lang langs[] = {Lang::Fr, Lang::En};
    ImGui::SameLine(0, 20);
    if (ImGui::GetCursorScreenPos().x + 110 > f.left + f.width) ImGui::NewLine();
    for (Lang lang : langs) {
        ImGui::PushID(static_cast<int>(lang));
        if (chip(f.t("lang." + std::string(lang_code(lang))).c_str(), f.state.lang == lang,
                 f.ctx.fonts.strong, f.ctx.palette) &&
            f.state.lang != lang) {
            f.state.lang = lang;
            f.result.state_changed = true;
        }
        ImGui::PopID();
        ImGui::SameLine(0, 8);
    }
    ImGui::NewLine();
    if (modified(f.state.scenario)) {
        gap(4);
        if (text_button("##reset", f.t("reset").c_str(), f.ctx.fonts.small, f.ctx.palette.accent,
                        true)) {
            select_scenario(f.state, catalog, f.state.scenario.id);
            f.result.state_changed = true;
        }
    }
}

} // namespace

ViewResult draw_widget(WidgetState& state, const ViewContext& ctx) {
    ViewResult result;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("##widget", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);

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
                fill(f.t("error.data"), {{"detail", ctx.data_error}}), f.width);
    } else {
        draw_notice(f);
        draw_picker(f);
        gap(18);
        draw_total(f);
        draw_breakdown(f);
        draw_lines(f);
        draw_owning(f);
        draw_ladder(f);
        draw_sources(f);
        draw_footer(f);
    }
    ImGui::PopStyleVar();
    ImGui::Unindent(f.left);
    result.content_height = std::ceil(ImGui::GetCursorScreenPos().y + pad);
    ImGui::End();
    return result;
}

} // namespace aicost::ui
