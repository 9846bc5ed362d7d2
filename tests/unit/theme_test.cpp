// Every text the canvas draws, and every control's outline, against what it is drawn on: WCAG 2
// contrast, in both themes (4.5:1 for text, 3:1 for large text and the outlines of controls).
#include "ui/theme.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace aicost::ui;

namespace {

double luminance(ImU32 colour) {
    auto channel = [](unsigned value) {
        const double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel((colour >> IM_COL32_R_SHIFT) & 0xFF) +
           0.7152 * channel((colour >> IM_COL32_G_SHIFT) & 0xFF) +
           0.0722 * channel((colour >> IM_COL32_B_SHIFT) & 0xFF);
}

double contrast(ImU32 a, ImU32 b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Pair {
    const char* what;
    ImU32 Palette::*ink;
    ImU32 Palette::*ground;
};

void expect_contrast(const Palette& p, const char* theme) {
    const Pair text[] = {
        {"body text", &Palette::ink, &Palette::paper},
        {"secondary text", &Palette::muted, &Palette::paper},
        {"links and values", &Palette::accent, &Palette::paper},
        {"the reader's own total", &Palette::current, &Palette::paper},
        {"the reader's total when compared", &Palette::current, &Palette::accent_soft},
        {"a compared rung", &Palette::ink, &Palette::accent_soft},
        {"an unselected chip", &Palette::ink, &Palette::chip},
        {"a hovered chip", &Palette::ink, &Palette::chip_hover},
        {"a selected chip", &Palette::paper, &Palette::ink},
        {"a notice", &Palette::notice_ink, &Palette::notice_bg},
    };
    for (const Pair& pair : text)
        EXPECT_GE(contrast(p.*pair.ink, p.*pair.ground), 4.5) << theme << ": " << pair.what;
    const Pair outlines[] = {
        {"a chip's outline", &Palette::chip_border, &Palette::paper},
        {"the slider's track", &Palette::track, &Palette::paper},
        {"the slider's knob and fill", &Palette::accent, &Palette::paper},
        {"the focus ring", &Palette::focus, &Palette::paper},
        {"the focus ring on a chip", &Palette::focus, &Palette::chip},
    };
    for (const Pair& pair : outlines)
        EXPECT_GE(contrast(p.*pair.ink, p.*pair.ground), 3.0) << theme << ": " << pair.what;
}

} // namespace

TEST(Palette, LightThemeContrast) {
    expect_contrast(light_palette(), "light");
}

TEST(Palette, DarkThemeContrast) {
    expect_contrast(dark_palette(), "dark");
}
