#include "ui/theme.h"

namespace aicost::ui {

const Palette& light_palette() {
    static const Palette palette{
        IM_COL32(255, 255, 255, 255), // paper
        IM_COL32(26, 26, 26, 255),    // ink
        IM_COL32(96, 96, 96, 255),    // muted: 6.3:1 on white
        IM_COL32(222, 222, 222, 255), // rule
        IM_COL32(0, 94, 160, 255),    // accent: newspaper blue, 6.6:1 on white
        IM_COL32(222, 236, 247, 255), // accent_soft
        IM_COL32(214, 214, 214, 255), // track
        IM_COL32(243, 243, 243, 255), // chip
        IM_COL32(230, 230, 230, 255), // chip_hover
        IM_COL32(255, 244, 214, 255), // notice_bg
        IM_COL32(92, 60, 0, 255),     // notice_ink
        IM_COL32(0, 94, 160, 255),    // focus
    };
    return palette;
}

void apply_theme(const Palette& p) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.WindowRounding = 0;
    style.FramePadding = ImVec2(12, 7);
    style.FrameRounding = 16;
    style.ItemSpacing = ImVec2(8, 8);
    style.ItemInnerSpacing = ImVec2(6, 4);
    style.TouchExtraPadding = ImVec2(0, 0);
    style.ScrollbarSize = 0;
    style.AntiAliasedLines = true;
    style.AntiAliasedFill = true;

    ImVec4* c = style.Colors;
    const ImVec4 paper = ImGui::ColorConvertU32ToFloat4(p.paper);
    const ImVec4 ink = ImGui::ColorConvertU32ToFloat4(p.ink);
    c[ImGuiCol_Text] = ink;
    c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(p.muted);
    c[ImGuiCol_WindowBg] = paper;
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = paper;
    c[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(p.rule);
    c[ImGuiCol_FrameBg] = ImGui::ColorConvertU32ToFloat4(p.chip);
    c[ImGuiCol_FrameBgHovered] = ImGui::ColorConvertU32ToFloat4(p.chip_hover);
    c[ImGuiCol_FrameBgActive] = ImGui::ColorConvertU32ToFloat4(p.chip_hover);
    c[ImGuiCol_Button] = ImGui::ColorConvertU32ToFloat4(p.chip);
    c[ImGuiCol_ButtonHovered] = ImGui::ColorConvertU32ToFloat4(p.chip_hover);
    c[ImGuiCol_ButtonActive] = ImGui::ColorConvertU32ToFloat4(p.accent_soft);
    c[ImGuiCol_NavHighlight] = ImGui::ColorConvertU32ToFloat4(p.focus);
    c[ImGuiCol_TextSelectedBg] = ImGui::ColorConvertU32ToFloat4(p.accent_soft);
}

} // namespace aicost::ui
