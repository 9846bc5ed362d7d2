#pragma once
// Inter, rasterised at the device pixel ratio so text stays crisp at DPR 1, 2 and 3.

#include <imgui.h>

#include <string>

namespace aicost::ui {

struct Fonts {
    ImFont* body = nullptr;    // 15 px regular
    ImFont* strong = nullptr;  // 15 px semibold
    ImFont* small = nullptr;   // 13 px regular
    ImFont* kicker = nullptr;  // 12 px semibold, for small capitals labels
    ImFont* heading = nullptr; // 21 px semibold
    ImFont* figure = nullptr;  // 44 px semibold, digits and currency signs only
};

// Rebuilds the atlas of the current ImGui context for `pixel_ratio`; sizes stay in CSS pixels
// (io.FontGlobalScale = 1 / pixel_ratio). The byte strings are the subset OTF files.
Fonts build_fonts(const std::string& regular_otf, const std::string& semibold_otf,
                  float pixel_ratio);

} // namespace aicost::ui
