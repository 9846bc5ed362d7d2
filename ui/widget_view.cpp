#include "ui/widget_view.h"

#include "model/equation.h"
#include "model/number_format.h"
#include "model/permalink.h"
#include "ui/controls.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace aicost::ui {
namespace {

constexpr float kMaxContentWidth = 1080.0f;
constexpr float kWideLayout = 600.0f; // from here, a line's inputs sit side by side

// Everything a drawing helper needs, so helpers stay small free functions.
struct Frame {
    WidgetState& state;
    const ViewContext& ctx;
    ViewResult& result;
    float left = 0, width = 0; // content column in CSS pixels
    Lang lang() const { return state.lang; }
    std::string t(std::string_view key) const { return text(ctx.strings, state.lang, key); }
};

// Breaks lines at ASCII spaces only. ImGui's own wrapping also breaks after ',' and '.', which
// splits numbers such as "2,664,000"; no-break spaces (French) keep "294 672 $" whole too.
void wrapped(ImFont* font, ImU32 color, const std::string& str, float width) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    size_t line_start = 0;
    while (line_start < str.size()) {
        size_t line_end = str.find(' ', line_start);
        if (line_end == std::string::npos) line_end = str.size();
        // Extend the line word by word while it fits.
        while (line_end < str.size()) {
            size_t next = str.find(' ', line_end + 1);
            if (next == std::string::npos) next = str.size();
            if (text_width(font, str.substr(line_start, next - line_start).c_str()) > width) break;
            line_end = next;
        }
        // Lines of one paragraph sit closer than separate items (line height about 1.4).
        const bool last = line_end >= str.size();
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, last ? 6.0f : 3.0f));
        ImGui::TextUnformatted(str.data() + line_start, str.data() + line_end);
        ImGui::PopStyleVar();
        line_start = line_end + 1;
    }
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void gap(float height) {
    ImGui::Dummy(ImVec2(1, height));
}

void rule(const Frame& f) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(f.left, pos.y), ImVec2(f.left + f.width, pos.y),
                                        f.ctx.palette.rule, 1.0f);
    gap(1);
}

// Lays chips out left to right, wrapping at the column's edge. Returns the clicked index or -1.
template <typename Items, typename Label, typename Selected>
int chip_row(const Frame& f, const Items& items, Label label, Selected selected) {
    int clicked = -1;
    float x = f.left;
    const float spacing = 8.0f;
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string text = label(items[i]);
        const float w = text_width(f.ctx.fonts.strong, text.c_str()) + 28.0f;
        if (i > 0 && x + w <= f.left + f.width)
            ImGui::SameLine(0, spacing);
        else
            x = f.left;
        ImGui::PushID(static_cast<int>(i));
        if (chip(text.c_str(), selected(items[i]), f.ctx.fonts.strong, f.ctx.palette))
            clicked = static_cast<int>(i);
        ImGui::PopID();
        x += w + spacing;
    }
    return clicked;
}

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
        f, catalog.scenarios, [&](const Scenario& s) { return s.title.in(f.lang()); },
        [&](const Scenario& s) { return s.id == f.state.scenario.id; });
    if (clicked >= 0 && catalog.scenarios[clicked].id != f.state.scenario.id) {
        select_scenario(f.state, catalog, catalog.scenarios[clicked].id);
        f.result.state_changed = true;
    }
}

std::string ratio_text(double ratio, Lang lang) {
    return format_number(ratio, ratio >= 10 ? 0 : ratio >= 1 ? 2 : 3, lang) + "\u00D7";
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
    std::string detail =
        fill(f.t("total.gpu_hours"),
             {{"gpu_hours", format_number(scenario_gpu_hours(scenario), 0, f.lang())}});
    if (scenario.gpu_count > 0)
        detail += " " + fill(f.t("total.cluster"),
                             {{"gpus", format_number(scenario.gpu_count, 0, f.lang())}});
    wrapped(f.ctx.fonts.body, p.muted, detail, f.width);

    if (!scenario.published) return;
    const PublishedFigure& published = *scenario.published;
    gap(6);
    wrapped(f.ctx.fonts.strong, p.ink, published.label.in(f.lang()), f.width);
    double compared = total;
    if (scenario.table_rounding_gpu_hours > 0) {
        compared = scenario_table_usd(scenario);
        wrapped(
            f.ctx.fonts.small, p.muted,
            fill(f.t("published.table"), {{"table", format_money(compared, currency, f.lang())}}),
            f.width);
    }
    const bool matches = std::fabs(compared - published.usd) <= published.usd * 1e-3;
    wrapped(f.ctx.fonts.small, matches ? p.muted : p.accent,
            matches ? f.t("published.match")
                    : fill(f.t("published.differs"),
                           {{"ratio", ratio_text(total / published.usd, f.lang())}}),
            f.width);
}

std::string input_label(const Frame& f, const Input& input) {
    return f.t("input." + input.key);
}

void draw_input(Frame& f, const Line& line, const Input& input, float x, float y, float width) {
    const Palette& p = f.ctx.palette;
    const Currency& currency = display_currency(f.state, f.ctx.catalog);
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::PushFont(f.ctx.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, p.muted);
    const std::string label = input_label(f, input);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();

    // The value, right-aligned on the label's line: tapping it opens an exact-value editor.
    const std::string value = format_input(input, currency, f.lang(), f.ctx.strings);
    const float value_w = text_width(f.ctx.fonts.strong, value.c_str());
    ImGui::SetCursorScreenPos(ImVec2(x + width - value_w, y - 3.0f));
    const ImVec2 value_pos = ImGui::GetCursorScreenPos();
    if (text_button("##value", value.c_str(), f.ctx.fonts.strong, p.accent, true)) {
        EditRequest edit;
        edit.line_id = line.id;
        edit.key = input.key;
        edit.label =
            fill(f.t("edit.label"), {{"name", label + " (" + line.label.in(f.lang()) + ")"}});
        edit.value = display_value(input, currency);
        edit.decimals = input.decimals;
        const ImVec2 size = ImGui::GetItemRectSize();
        edit.width = std::max(size.x + 24.0f, 120.0f);
        edit.x = std::max(f.left, value_pos.x + size.x - edit.width);
        edit.y = value_pos.y - 4.0f;
        edit.height = size.y + 8.0f;
        f.result.edit = edit;
    }

    ImGui::SetCursorScreenPos(ImVec2(x, y + 20.0f));
    double v = input.value;
    if (slider("##slider", &v, input.min, input.max, input.logarithmic, input.decimals, width, p)) {
        set_input(f.state, line.id, input.key, v);
        f.result.state_changed = true;
    }
}

void draw_line(Frame& f, const Line& line) {
    const Palette& p = f.ctx.palette;
    const Currency& currency = display_currency(f.state, f.ctx.catalog);
    gap(14);
    rule(f);
    gap(12);

    const std::string cost = format_money(line_usd(line), currency, f.lang());
    const float cost_w = text_width(f.ctx.fonts.strong, cost.c_str());
    const float top = ImGui::GetCursorScreenPos().y;
    wrapped(f.ctx.fonts.strong, p.ink, line.label.in(f.lang()), f.width - cost_w - 16);
    const float after_label = ImGui::GetCursorScreenPos().y;
    ImGui::SetCursorScreenPos(ImVec2(f.left + f.width - cost_w, top));
    ImGui::PushFont(f.ctx.fonts.strong);
    ImGui::TextUnformatted(cost.c_str());
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(f.left, after_label));
    wrapped(f.ctx.fonts.small, p.muted, line_equation(line, currency, f.lang(), f.ctx.strings),
            f.width);
    gap(8);

    const size_t count = line.inputs.size();
    const size_t columns = f.width >= kWideLayout ? count : 1;
    const float spacing = 28.0f;
    const float column_w = (f.width - spacing * (columns - 1)) / columns;
    const float row_h = 62.0f;
    const float start_y = ImGui::GetCursorScreenPos().y;
    for (size_t i = 0; i < count; ++i) {
        ImGui::PushID(line.inputs[i].key.c_str());
        const float x = f.left + (column_w + spacing) * (i % columns);
        const float y = start_y + row_h * (i / columns);
        draw_input(f, line, line.inputs[i], x, y, column_w);
        ImGui::PopID();
    }
    ImGui::SetCursorScreenPos(ImVec2(f.left, start_y + row_h * ((count + columns - 1) / columns)));

    const Source& source = line.source;
    const std::string cite = fill(f.t("line.source"), {{"publisher", source.publisher},
                                                       {"locator", source.locator.in(f.lang())},
                                                       {"date", source.date}});
    // The citation wraps rather than being cut: every part of it is information. The group makes
    // all its lines one clickable item, not just the last.
    ImGui::BeginGroup();
    wrapped(f.ctx.fonts.small, p.accent, cite, f.width);
    ImGui::EndGroup();
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) f.result.open_url = source.url;
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
        for (const Line& line : state.scenario.lines) {
            ImGui::PushID(line.id.c_str());
            draw_line(f, line);
            ImGui::PopID();
        }
        draw_footer(f);
    }
    ImGui::PopStyleVar();
    ImGui::Unindent(f.left);
    result.content_height = std::ceil(ImGui::GetCursorScreenPos().y + pad);
    ImGui::End();
    return result;
}

} // namespace aicost::ui
