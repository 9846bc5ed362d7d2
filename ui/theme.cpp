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
        IM_COL32(145, 145, 145, 255), // track: 3.2:1 on white
        IM_COL32(243, 243, 243, 255), // chip
        IM_COL32(230, 230, 230, 255), // chip_hover
        IM_COL32(128, 128, 128, 255), // chip_border: 4:1 on white
        IM_COL32(255, 244, 214, 255), // notice_bg
        IM_COL32(92, 60, 0, 255),     // notice_ink
        IM_COL32(0, 94, 160, 255),    // focus
        {
            IM_COL32(0, 94, 160, 255),    // blue
            IM_COL32(230, 145, 56, 255),  // orange
            IM_COL32(94, 163, 214, 255),  // light blue
            IM_COL32(150, 54, 48, 255),   // brick
            IM_COL32(118, 158, 92, 255),  // green
            IM_COL32(140, 140, 140, 255), // grey
            IM_COL32(117, 84, 160, 255),  // purple
            IM_COL32(0, 128, 128, 255)    // teal
        },
        // current: warm, apart from the blue of published figures; 5:1 even on accent_soft
        IM_COL32(176, 58, 18, 255),
    };
    return palette;
}

const Palette& dark_palette() {
    static const Palette palette{
        IM_COL32(21, 23, 26, 255),    // paper
        IM_COL32(236, 236, 236, 255), // ink
        IM_COL32(170, 174, 180, 255), // muted: 8:1 on paper
        IM_COL32(56, 60, 66, 255),    // rule
        IM_COL32(110, 180, 240, 255), // accent: 8.5:1 on paper
        IM_COL32(30, 58, 84, 255),    // accent_soft
        IM_COL32(110, 114, 120, 255), // track: 3.7:1 on paper
        IM_COL32(40, 43, 48, 255),    // chip
        IM_COL32(56, 60, 66, 255),    // chip_hover
        IM_COL32(120, 124, 130, 255), // chip_border: 4.3:1 on paper
        IM_COL32(66, 52, 20, 255),    // notice_bg
        IM_COL32(255, 226, 160, 255), // notice_ink
        IM_COL32(110, 180, 240, 255), // focus
        {
            IM_COL32(86, 160, 226, 255),  // blue
            IM_COL32(240, 160, 80, 255),  // orange
            IM_COL32(160, 206, 240, 255), // light blue
            IM_COL32(214, 104, 96, 255),  // brick
            IM_COL32(142, 190, 112, 255), // green
            IM_COL32(150, 150, 150, 255), // grey
            IM_COL32(170, 140, 220, 255), // purple
            IM_COL32(80, 190, 180, 255)   // teal
        },
        IM_COL32(255, 122, 77, 255), // current
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
