#include "ui/line_view.h"

#include "model/equation.h"
#include "model/ladder.h"
#include "model/number_format.h"

#include <algorithm>
#include <set>

namespace aicost::ui {
namespace {

constexpr float kWideLayout = 600.0f; // from here, a line's inputs sit side by side
constexpr float kRowHeight = 62.0f;   // label, value and slider of one input
constexpr size_t kFoldAboveLines = 3; // longer scenarios fold each line's sliders

std::string input_label(const Frame& f, const Input& input) {
    // An asterisk marks a value no source gives; the line's note says why it was chosen.
    return f.t("input." + input.key) + (input.assumed ? "*" : "");
}

void draw_input(Frame& f, const Line& line, const Input& input, float x, float y, float width) {
    const Palette& p = f.palette();
    const Currency& currency = f.currency();
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

// The inputs in a grid: side by side when the column is wide, stacked on a phone.
void draw_inputs(Frame& f, const Line& line, size_t max_columns) {
    const size_t count = line.inputs.size();
    const size_t columns = f.width >= kWideLayout ? std::min(count, max_columns) : 1;
    const float spacing = 28.0f;
    const float column_w = (f.width - spacing * (columns - 1)) / columns;
    const float start_y = ImGui::GetCursorScreenPos().y;
    for (size_t i = 0; i < count; ++i) {
        ImGui::PushID(line.inputs[i].key.c_str());
        const float x = f.left + (column_w + spacing) * (i % columns);
        const float y = start_y + kRowHeight * (i / columns);
        draw_input(f, line, line.inputs[i], x, y, column_w);
        ImGui::PopID();
    }
    ImGui::SetCursorScreenPos(
        ImVec2(f.left, start_y + kRowHeight * ((count + columns - 1) / columns)));
}

bool has_assumption(const Line& line) {
    return std::any_of(line.inputs.begin(), line.inputs.end(),
                       [](const Input& input) { return input.assumed; });
}

// Sources first, then the note. Lines that share a note (four GPU purchases) show it once.
void draw_provenance(Frame& f, const Line& line, std::set<std::string>& notes_shown) {
    const Palette& p = f.palette();
    ImGui::PushID("source");
    citation(f, f.t("cite.source"), line.source, p.accent);
    ImGui::PopID();
    for (size_t i = 0; i < line.more_sources.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        citation(f, f.t("cite.also"), line.more_sources[i], p.accent);
        ImGui::PopID();
    }
    const std::string& note = line.note.in(f.lang());
    if (note.empty()) return;
    const std::string lead = f.t(has_assumption(line) ? "note.assumption" : "note.method");
    if (notes_shown.insert(note).second)
        wrapped(f.ctx.fonts.small, p.muted, lead + note, f.width);
    else
        wrapped(f.ctx.fonts.small, p.muted, lead + f.t("note.above"), f.width);
}

void draw_line(Frame& f, const Line& line, size_t index, std::set<std::string>& notes_shown) {
    const Palette& p = f.palette();
    const Currency& currency = f.currency();
    gap(14);
    rule(f);
    gap(12);

    const std::string cost = format_money(line_usd(line), currency, f.lang());
    const float cost_w = text_width(f.ctx.fonts.strong, cost.c_str());
    const float top = ImGui::GetCursorScreenPos().y;
    // The swatch ties the line to its segment of the breakdown bar.
    const float swatch = 10.0f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(f.left, top + 5),
                                              ImVec2(f.left + swatch, top + 5 + swatch),
                                              p.series[index % Palette::kSeries], 2.0f);
    ImGui::SetCursorScreenPos(ImVec2(f.left + swatch + 8, top));
    ImGui::BeginGroup();
    wrapped(f.ctx.fonts.strong, p.ink, line.label.in(f.lang()), f.width - cost_w - swatch - 24);
    ImGui::EndGroup();
    const float after_label = ImGui::GetItemRectMax().y + 6.0f;
    ImGui::SetCursorScreenPos(ImVec2(f.left + f.width - cost_w, top));
    ImGui::PushFont(f.ctx.fonts.strong);
    ImGui::TextUnformatted(cost.c_str());
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(f.left, after_label));
    wrapped(f.ctx.fonts.small, p.muted, line_equation(line, currency, f.lang(), f.ctx.strings),
            f.width);
    // A long scenario (the fleet's seven lines) folds each line's sliders: the equations still
    // show every figure, and a phone is not asked to scroll past twenty sliders.
    const bool open =
        f.state.scenario.lines.size() <= kFoldAboveLines ||
        fold_toggle(f, "inputs", f.t("line.adjust"), f.t("line.fold"), f.ctx.fonts.small, true);
    if (open) {
        gap(8);
        draw_inputs(f, line, 3);
    }
    draw_provenance(f, line, notes_shown);
}

} // namespace

void draw_lines(Frame& f) {
    std::set<std::string> notes_shown;
    const std::vector<Line>& lines = f.state.scenario.lines;
    for (size_t i = 0; i < lines.size(); ++i) {
        ImGui::PushID(lines[i].id.c_str());
        draw_line(f, lines[i], i, notes_shown);
        ImGui::PopID();
    }
}

void draw_owning(Frame& f) {
    const Scenario& scenario = f.state.scenario;
    if (!scenario.owning) return;
    const Line& owning = *scenario.owning;
    const Palette& p = f.palette();
    const Currency& currency = f.currency();
    section(f, owning.label.in(f.lang()));
    gap(2);
    const double owned = owning_usd(scenario), rented = scenario_total_usd(scenario);
    wrapped(f.ctx.fonts.body, p.muted, f.t("owning.intro"), f.width);
    gap(4);
    ImGui::PushFont(f.ctx.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, p.ink);
    ImGui::TextUnformatted(format_money(owned, currency, f.lang()).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    wrapped(f.ctx.fonts.body, p.ink,
            fill(f.t("owning.versus"),
                 {{"ratio", ratio_text(ratio_between(owned, rented), f.lang())},
                  {"direction", f.t(owned >= rented ? "owning.more" : "owning.less")},
                  {"rented", format_money(rented, currency, f.lang())}}),
            f.width);
    Input rate;
    rate.value = owning_usd_per_gpu_hour(owning);
    rate.unit = InputUnit::UsdPerGpuHour;
    rate.decimals = 2;
    wrapped(f.ctx.fonts.small, p.muted,
            fill(f.t("owning.equation"),
                 {{"gpu_hours", format_number(scenario_gpu_hours(scenario), 0, f.lang())},
                  {"rate", format_input(rate, currency, f.lang(), f.ctx.strings)},
                  {"total", format_money(owned, currency, f.lang())}}),
            f.width);
    ImGui::PushID("owning");
    std::set<std::string> notes_shown;
    draw_provenance(f, owning, notes_shown);
    // The six inputs are folded: the comparison reads without them, and a phone stays short.
    gap(2);
    if (fold_toggle(f, "inputs", f.t("owning.show"), f.t("owning.hide"), f.ctx.fonts.small, true)) {
        gap(8);
        draw_inputs(f, owning, 3);
    }
    ImGui::PopID();
}

} // namespace aicost::ui
