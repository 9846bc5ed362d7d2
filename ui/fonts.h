#pragma once
// Inter, rasterised at the device pixel ratio so text stays crisp at DPR 1, 2 and 3.

#include <imgui.h>

#include <string_view>

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
// (io.FontGlobalScale = 1 / pixel_ratio). The bytes are the subset OTF files, kept alive by the
// caller. The atlas' pixels are left in io.Fonts->TexPixelsAlpha8 for the renderer to upload.
Fonts build_fonts(std::string_view regular_otf, std::string_view semibold_otf, float pixel_ratio);

} // namespace aicost::ui
