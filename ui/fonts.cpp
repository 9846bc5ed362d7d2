#include "ui/fonts.h"

namespace aicost::ui {
namespace {

// The Inter subsets' characters (tools/subset_fonts.sh).
const ImWchar kTextRanges[] = {0x0020, 0x007E, 0x00A0, 0x00FF, 0x0152, 0x0153, 0x2009, 0x200A,
                               0x2013, 0x2014, 0x2018, 0x201E, 0x2022, 0x2022, 0x2026, 0x2026,
                               0x202F, 0x202F, 0x20AC, 0x20AC, 0x2190, 0x2193, 0x2212, 0x2212,
                               0x2248, 0x2248, 0x2264, 0x2265, 0};
const ImWchar kFigureRanges[] = {
    0x0020, 0x0020, 0x0024, 0x0024, 0x002C, 0x002E, 0x0030, 0x0039, 0x0042, 0x0042, 0x004B,
    0x004B, 0x004D, 0x004D, 0x0064, 0x0064, 0x006B, 0x006B, 0x00A0, 0x00A0, 0x00A5, 0x00A5,
    0x00D7, 0x00D7, 0x2014, 0x2014, 0x202F, 0x202F, 0x20AC, 0x20AC, 0x2212, 0x2212, 0};

} // namespace

Fonts use_fonts(ImFontAtlas& atlas, float pixel_ratio) {
    Fonts fonts;
    ImFont** slots[kFaceCount] = {&fonts.body,   &fonts.strong,  &fonts.small,
                                  &fonts.kicker, &fonts.heading, &fonts.figure};
    for (int i = 0; i < kFaceCount && i < atlas.Fonts.Size; ++i)
        *slots[i] = atlas.Fonts[i];
    ImGuiIO& io = ImGui::GetIO();
    io.FontGlobalScale = 1.0f / pixel_ratio;
    io.FontDefault = fonts.body;
    return fonts;
}

Fonts build_fonts(std::string_view regular_otf, std::string_view semibold_otf, float pixel_ratio) {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    atlas.Clear();
    for (const Face& face : kFaces) {
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false; // the caller keeps the bytes alive
        config.OversampleH = 1;              // rasterised at device pixels already
        config.OversampleV = 1;
        config.PixelSnapH = true;
        const std::string_view otf = face.weight >= 600 ? semibold_otf : regular_otf;
        atlas.AddFontFromMemoryTTF(const_cast<char*>(otf.data()), int(otf.size()),
                                   face.css_px * pixel_ratio, &config,
                                   face.figures ? kFigureRanges : kTextRanges);
    }
    atlas.Build();
    return use_fonts(atlas, pixel_ratio);
}

} // namespace aicost::ui
