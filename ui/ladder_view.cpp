#include "ui/ladder_view.h"

#include "model/ladder.h"
#include "model/number_format.h"
#include "model/view.h"
#include "model/view_texts.h"

#include <algorithm>
#include <cmath>

namespace aicost::ui {
namespace {

constexpr float kRowHeight = 24.0f; // one rung's label; labels never sit closer than this

// A font's size in CSS pixels (fonts are rasterised at device pixels).
float css_size(const ImFont* font) {
    return font->FontSize * ImGui::GetIO().FontGlobalScale;
}

// The ratio between the two compared rungs, in a column `width` wide at the cursor.
void draw_ratio(Frame& f, const Comparison& comparison, float width) {
    if (!comparison.larger) return;
    const Palette& p = f.palette();
    ImGui::BeginGroup(); // wrapped lines start at the column, not at the content's left edge
    ImGui::PushFont(f.ctx.fonts.figure);
    ImGui::SetWindowFontScale(0.75f); // smaller than the total: a derived figure
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
    ImGui::TextUnformatted(ratio_text(comparison.ratio, f.lang()).c_str());
    ImGui::PopStyleColor();
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    wrapped(f.ctx.fonts.strong, p.ink,
            comparison_sentence(comparison, f.currency(), f.ctx.strings, f.lang()), width);
    wrapped(f.ctx.fonts.small, p.muted, f.t("ladder.caution"), width);
    ImGui::EndGroup();
}

// Label tops that keep every label at least a row apart and as close as possible to its rung.
// `desired` runs from the top of the scale down (highest figure first).
std::vector<float> dodge(const std::vector<float>& desired, float top, float bottom) {
    std::vector<float> y = desired;
    for (size_t i = 0; i < y.size(); ++i) {
        y[i] = std::max(y[i], top);
        if (i > 0) y[i] = std::max(y[i], y[i - 1] + kRowHeight);
    }
    for (size_t i = y.size(); i-- > 0;) {
        y[i] = std::min(y[i], bottom - kRowHeight);
        if (i + 1 < y.size()) y[i] = std::min(y[i], y[i + 1] - kRowHeight);
    }
    return y;
}

} // namespace

void draw_ladder(Frame& f) {
    const Palette& p = f.palette();
    const Currency& currency = f.currency();
    if (view_parts(f.state.view).head) {
        section(f, f.t("ladder.title"));
    } else { // the ladder alone: its title heads the embed, as a scenario's title does
        wrapped(f.ctx.fonts.heading, p.ink, f.t("ladder.title"), f.width);
        gap(4);
    }
    wrapped(f.ctx.fonts.body, p.muted, f.t("ladder.help"), f.width);
    gap(6);
    std::vector<Rung> rungs = shown_rungs(f.ctx.catalog, f.state);
    // Highest first, to lay the labels out from the top.
    std::reverse(rungs.begin(), rungs.end());
    const Comparison comparison = compare_rungs(rungs, f.state.compare[0], f.state.compare[1]);
    // On a wide screen the ratio sits beside the scale; on a phone, above it.
    const bool wide = f.width >= 720.0f;
    const float ladder_w = wide ? std::min(540.0f, f.width * 0.55f) : f.width;
    if (!wide) {
        draw_ratio(f, comparison, f.width);
        gap(16);
    } else {
        gap(10);
    }

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float decades = float(std::log10(kLadderMaxUsd / kLadderMinUsd));
    const float height = decades * (f.width < 480 ? 28.0f : 40.0f);
    const float top = ImGui::GetCursorScreenPos().y + kRowHeight * 0.5f;
    const float tick_w = 64.0f;
    const float axis_x = f.left + tick_w;
    auto y_of = [&](double usd) { return top + float(1.0 - ladder_position(usd)) * height; };

    // Ticks at powers of ten of the display currency, so they read "1 M€", not "957 k€".
    draw->AddLine(ImVec2(axis_x, top), ImVec2(axis_x, top + height), p.rule, 2.0f);
    for (double shown = 1e3; shown <= 1e13; shown *= 10) {
        const double usd = shown / currency.per_usd;
        if (usd < kLadderMinUsd * 0.999 || usd > kLadderMaxUsd * 1.001) continue;
        const float y = y_of(usd);
        const std::string label = format_money_compact(usd, currency, f.lang());
        const float w = text_width(f.ctx.fonts.small, label.c_str());
        draw->AddLine(ImVec2(axis_x - 5, y), ImVec2(axis_x, y), p.muted, 1.0f);
        ImGui::PushFont(f.ctx.fonts.small);
        draw->AddText(ImVec2(axis_x - 10 - w, y - css_size(f.ctx.fonts.small) * 0.5f), p.muted,
                      label.c_str());
        ImGui::PopFont();
    }

    std::vector<float> desired;
    for (const Rung& rung : rungs)
        desired.push_back(y_of(rung.usd) - kRowHeight * 0.5f);
    const std::vector<float> label_y =
        dodge(desired, top - kRowHeight * 0.5f, top + height + kRowHeight * 0.5f);

    // The compared pair, joined along the axis.
    if (comparison.larger)
        draw->AddLine(ImVec2(axis_x, y_of(comparison.larger->usd)),
                      ImVec2(axis_x, y_of(comparison.smaller->usd)), p.accent, 4.0f);

    const float label_x = axis_x + 34.0f;
    for (size_t i = 0; i < rungs.size(); ++i) {
        const Rung& rung = rungs[i];
        const bool compared = &rung == comparison.larger || &rung == comparison.smaller;
        const ImU32 color = rung.computed ? p.current : compared ? p.accent : p.muted;
        const float y = y_of(rung.usd), row_mid = label_y[i] + kRowHeight * 0.5f;
        draw->AddLine(ImVec2(axis_x + 6, y), ImVec2(axis_x + 18, y), color, 1.0f);
        draw->AddLine(ImVec2(axis_x + 18, y), ImVec2(label_x - 6, row_mid), color, 1.0f);
        draw->AddCircleFilled(ImVec2(axis_x, y), rung.computed ? 6.5f : 5.0f, color, 20);

        const std::string name = rung_label(rung, f.ctx.strings, f.lang());
        const std::string figure = rung_text(rung, currency, f.lang());
        const float available = f.left + ladder_w - label_x;
        const float figure_w = text_width(f.ctx.fonts.strong, figure.c_str());
        // Name and figure on one row: a name too long for a phone takes the small font, and only
        // if that is still too long is it scaled.
        ImFont* name_font = f.ctx.fonts.body;
        float name_w = text_width(name_font, name.c_str());
        if (name_w + figure_w + 16 > available) {
            name_font = f.ctx.fonts.small;
            name_w = text_width(name_font, name.c_str());
        }
        const float scale = std::min(1.0f, (available - figure_w - 16) / std::max(1.0f, name_w));
        ImGui::SetCursorScreenPos(ImVec2(label_x - 6, label_y[i]));
        ImGui::PushID(rung.id.c_str());
        const float row_w = std::min(available + 6, name_w * scale + figure_w + 22);
        const bool clicked = ImGui::InvisibleButton("##rung", ImVec2(row_w, kRowHeight - 2));
        const bool hovered = ImGui::IsItemHovered();
        anchor(f, rung_key(rung.id));
        ImGui::PopID();
        const ImVec2 row_min = ImGui::GetItemRectMin(), row_max = ImGui::GetItemRectMax();
        if (compared || hovered)
            draw->AddRectFilled(row_min, row_max, compared ? p.accent_soft : p.chip, 4.0f);
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (clicked) act(f, rung_key(rung.id));

        const float name_size = css_size(name_font);
        const float text_y = label_y[i] + (kRowHeight - 2 - name_size) * 0.5f;
        draw->AddText(name_font, name_size * scale,
                      ImVec2(label_x, text_y + name_size * (1 - scale) * 0.5f),
                      rung.computed ? p.current : p.ink, name.c_str());
        draw->AddText(f.ctx.fonts.strong, css_size(f.ctx.fonts.strong),
                      ImVec2(label_x + name_w * scale + 8, text_y),
                      rung.computed ? p.current : p.ink, figure.c_str());
    }
    float bottom = top + height + kRowHeight * 0.5f;
    if (wide) {
        const float column_x = f.left + ladder_w + 40.0f;
        ImGui::SetCursorScreenPos(ImVec2(column_x, top));
        draw_ratio(f, comparison, f.left + f.width - column_x);
        bottom = std::max(bottom, ImGui::GetItemRectMax().y);
    }
    ImGui::SetCursorScreenPos(ImVec2(f.left, bottom));
}

} // namespace aicost::ui
