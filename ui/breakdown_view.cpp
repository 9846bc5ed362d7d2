#include "ui/breakdown_view.h"

#include "model/number_format.h"

#include <algorithm>
#include <cmath>

namespace aicost::ui {
namespace {

// "69 %", "< 1 %": a share that rounds to zero is still there.
std::string share_text(const Frame& f, double share) {
    const std::string percent = f.t("unit.percent");
    if (share > 0.0 && share < 0.005) return "< 1" + percent;
    return format_number(share * 100.0, 0, f.lang()) + percent;
}

} // namespace

void draw_breakdown(Frame& f) {
    const Scenario& scenario = f.state.scenario;
    const Palette& p = f.palette();
    const double total = scenario_total_usd(scenario);
    if (!(total > 0.0) || scenario.lines.size() < 2) return;

    gap(14);
    wrapped(f.ctx.fonts.kicker, p.muted, f.t("breakdown.label"), f.width);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float height = 14.0f;
    float x = f.left;
    for (size_t i = 0; i < scenario.lines.size(); ++i) {
        const double share = line_usd(scenario.lines[i]) / total;
        // Every segment keeps at least a sliver so no line vanishes from the bar.
        float w = std::max(2.0f, float(share * f.width));
        if (i + 1 == scenario.lines.size()) w = f.left + f.width - x;
        draw->AddRectFilled(ImVec2(x, top.y),
                            ImVec2(std::max(x + 1.0f, x + w - 1.5f), top.y + height),
                            p.series[i % Palette::kSeries]);
        x += w;
    }
    gap(height + 8);

    // The legend: one entry per line, two columns when there is room.
    const size_t columns = f.width >= 560.0f ? 2 : 1;
    const float column_w = (f.width - 24.0f * (columns - 1)) / columns;
    const float start_y = ImGui::GetCursorScreenPos().y;
    float row_y = start_y, row_bottom = start_y;
    for (size_t i = 0; i < scenario.lines.size(); ++i) {
        const Line& line = scenario.lines[i];
        const size_t column = i % columns;
        if (column == 0) row_y = row_bottom;
        const float x0 = f.left + column * (column_w + 24.0f);
        draw->AddRectFilled(ImVec2(x0, row_y + 4), ImVec2(x0 + 10, row_y + 14),
                            p.series[i % Palette::kSeries], 2.0f);
        const std::string share = share_text(f, line_usd(line) / total);
        const float share_w = text_width(f.ctx.fonts.strong, share.c_str());
        ImGui::SetCursorScreenPos(ImVec2(x0 + 18, row_y));
        ImGui::BeginGroup();
        wrapped(f.ctx.fonts.small, p.ink, line.label.in(f.lang()), column_w - 18 - share_w - 12);
        ImGui::EndGroup();
        row_bottom = std::max(row_bottom, ImGui::GetItemRectMax().y + 2.0f);
        ImGui::SetCursorScreenPos(ImVec2(x0 + column_w - share_w, row_y - 1));
        ImGui::PushFont(f.ctx.fonts.strong);
        ImGui::PushStyleColor(ImGuiCol_Text, p.ink);
        ImGui::TextUnformatted(share.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        row_bottom = std::max(row_bottom, ImGui::GetItemRectMax().y + 2.0f);
    }
    ImGui::SetCursorScreenPos(ImVec2(f.left, row_bottom));
}

} // namespace aicost::ui
