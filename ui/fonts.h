#pragma once
// The widget's type: six faces, rasterised at the device pixel ratio so text stays crisp at DPR 1,
// 2 and 3. In the browser the page rasterises them in its own font (wasm/web/browser_fonts.h);
// natively, for tests and desktop previews, stb_truetype does from the Inter subsets.

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

// One face: its line height in CSS px (ImGui's FontSize: ascent to descent, not the em) and
// weight. `figures`: the big total, which needs only what amounts are written with (a full set
// at 44 px x DPR 3 would make the atlas several megabytes).
struct Face {
    float css_px;
    int weight;
    bool figures;
};
// In the order of Fonts' members, and of the atlas' fonts.
inline constexpr Face kFaces[] = {{15.0f, 400, false}, {15.0f, 600, false}, {13.0f, 400, false},
                                  {12.0f, 600, false}, {21.0f, 600, false}, {44.0f, 600, true}};
inline constexpr int kFaceCount = int(sizeof kFaces / sizeof kFaces[0]);

// The faces of an atlas holding kFaces' fonts in order; sets ImGui's default font and the global
// scale (sizes stay in CSS pixels: io.FontGlobalScale = 1 / pixel_ratio).
Fonts use_fonts(ImFontAtlas& atlas, float pixel_ratio);

// Rebuilds the atlas of the current ImGui context from the Inter subset files (stb_truetype), for
// `pixel_ratio`. The bytes are kept alive by the caller.
Fonts build_fonts(std::string_view regular_otf, std::string_view semibold_otf, float pixel_ratio);

} // namespace aicost::ui
