#include "ui/line_view.h"

#include "model/equation.h"
#include "model/ladder.h"
#include "model/number_format.h"
#include "model/view_texts.h"

#include <algorithm>
#include <set>

namespace aicost::ui {
namespace {

constexpr float kWideLayout = 600.0f; // from here, a line's inputs sit side by side
constexpr float kRowHeight = 54.0f;   // label, value and slider of one input

void draw_input(Frame& f, const Line& line, const Input& input, float x, float y, float width) {
    const Palette& p = f.palette();
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::PushFont(f.ctx.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, p.muted);
    ImGui::TextUnformatted(input_label(input, f.lang(), f.ctx.strings).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();

    // The value, right-aligned on the label's line: tapping it puts the document's exact-value
    // field for this input over it.
    const std::string value = format_input(input, f.currency(), f.lang(), f.ctx.strings);
    const float value_w = text_width(f.ctx.fonts.strong, value.c_str());
    ImGui::SetCursorScreenPos(ImVec2(x + width - value_w, y - 3.0f));
    const std::string field = value_key(line.id, input.key);
    if (text_button("##value", value.c_str(), f.ctx.fonts.strong, p.accent, true))
        f.result.edit_key = field;
    anchor(f, field);

    ImGui::SetCursorScreenPos(ImVec2(x, y + 16.0f));
    double v = input.value;
    if (slider("##slider", &v, input.min, input.max, input.logarithmic, input.decimals, width, p)) {
        set_input(f.state, line.id, input.key, v);
        f.result.state_changed = true;
    }
    anchor(f, slider_key(line.id, input.key), 18.0f);
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

// Sources first (none when `above`, the line before, cites the same), then the note. Lines that
// share a note (four GPU purchases) show it once.
void draw_provenance(Frame& f, const Line& line, const Line* above,
                     std::set<std::string>& notes_shown) {
    if (!above || !same_sources(*above, line)) {
        citation(f, "cite.source", line.source, citation_key(line.id, 0));
        for (size_t i = 0; i < line.more_sources.size(); ++i)
            citation(f, "cite.also", line.more_sources[i], citation_key(line.id, i + 1));
    }
    const std::string& note = line.note.in(f.lang());
    if (note.empty()) return;
    const bool explained_above = !notes_shown.insert(note).second;
    wrapped(f.ctx.fonts.small, f.palette().muted,
            note_text(line, explained_above, f.lang(), f.ctx.strings), f.width);
}

void draw_line(Frame& f, const Line& line, size_t index, const Line* above,
               std::set<std::string>& notes_shown) {
    const Palette& p = f.palette();
    const Currency& currency = f.currency();
    gap(10);
    rule(f);
    gap(10);

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
    const bool open = !folds_line_inputs(f.state.scenario, f.state.view,
                                         narrow_widget(ImGui::GetIO().DisplaySize.x)) ||
                      fold_toggle(f, line_fold(line.id), f.t("line.adjust"), f.t("line.fold"),
                                  f.ctx.fonts.small, true);
    if (open) {
        gap(8);
        draw_inputs(f, line, 3);
    }
    draw_provenance(f, line, above, notes_shown);
}

} // namespace

void draw_lines(Frame& f) {
    std::set<std::string> notes_shown;
    const std::vector<Line>& lines = f.state.scenario.lines;
    for (size_t i = 0; i < lines.size(); ++i) {
        ImGui::PushID(lines[i].id.c_str());
        const float top = ImGui::GetCursorScreenPos().y;
        draw_line(f, lines[i], i, i > 0 ? &lines[i - 1] : nullptr, notes_shown);
        anchor_block(f, line_fold(lines[i].id), top);
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
    ImGui::PushFont(f.ctx.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, p.ink);
    ImGui::TextUnformatted(format_money(owning_usd(scenario), currency, f.lang()).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    wrapped(f.ctx.fonts.body, p.ink, owning_versus(scenario, currency, f.lang(), f.ctx.strings),
            f.width);
    // How it is estimated, its sources and its six inputs are folded: the comparison reads
    // without them, and a phone stays short.
    ImGui::PushID("owning");
    gap(2);
    if (fold_toggle(f, kOwningFold, f.t("owning.show"), f.t("owning.hide"), f.ctx.fonts.small,
                    true)) {
        gap(6);
        wrapped(f.ctx.fonts.body, p.muted, f.t("owning.intro"), f.width);
        wrapped(f.ctx.fonts.small, p.muted,
                owning_equation(scenario, currency, f.lang(), f.ctx.strings), f.width);
        std::set<std::string> notes_shown;
        draw_provenance(f, owning, nullptr, notes_shown);
        gap(8);
        draw_inputs(f, owning, 3);
    }
    ImGui::PopID();
}

} // namespace aicost::ui
