#pragma once
// The widget's look: light and dark editorial palettes and spacing, close to a newspaper's data
// graphics.

#include <imgui.h>

namespace aicost::ui {

struct Palette {
    ImU32 paper;  // background
    ImU32 ink;    // body text
    ImU32 muted;  // secondary text
    ImU32 rule;   // hairlines
    ImU32 accent; // the reader's values, links
    ImU32 accent_soft;
    ImU32 track; // slider track
    ImU32 chip;  // unselected choice
    ImU32 chip_hover;
    ImU32 chip_border; // 3:1 on paper, so an unselected choice is still seen as a control
    ImU32 notice_bg;
    ImU32 notice_ink;
    ImU32 focus;     // the keyboard focus ring
    ImU32 series[8]; // the lines of a total, in order: distinct in hue and in lightness
    ImU32 current;   // the reader's own total on the ladder
    static constexpr int kSeries = 8;
};

const Palette& light_palette();
const Palette& dark_palette();

// Sets ImGui's style for the palette; spacing in CSS pixels.
void apply_theme(const Palette& palette);

} // namespace aicost::ui
