#include "ui/fonts.h"

#include <imgui_internal.h>

namespace aicost::ui {
namespace {

// Keep in step with UNICODES in tools/subset_fonts.sh.
const ImWchar kTextRanges[] = {0x0020, 0x007E, 0x00A0, 0x00FF, 0x0152, 0x0153, 0x2009, 0x200A,
                               0x2013, 0x2014, 0x2018, 0x201E, 0x2022, 0x2022, 0x2026, 0x2026,
                               0x202F, 0x202F, 0x20AC, 0x20AC, 0x2190, 0x2193, 0x2212, 0x2212,
                               0x2248, 0x2248, 0x2264, 0x2265, 0};
// The big figure needs only what amounts are written with; a full set at 44 px × DPR 3 would
// make the atlas several megabytes.
const ImWchar kFigureRanges[] = {
    0x0020, 0x0020, 0x0024, 0x0024, 0x002C, 0x002E, 0x0030, 0x0039, 0x0042, 0x0042, 0x004B,
    0x004B, 0x004D, 0x004D, 0x0064, 0x0064, 0x006B, 0x006B, 0x00A0, 0x00A0, 0x00A5, 0x00A5,
    0x00D7, 0x00D7, 0x2014, 0x2014, 0x202F, 0x202F, 0x20AC, 0x20AC, 0x2212, 0x2212, 0};

ImFont* add(std::string_view otf, float css_px, float pixel_ratio, const ImWchar* ranges) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false; // the caller keeps the bytes alive
    config.OversampleH = 1;              // rasterised at device pixels already
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<char*>(otf.data()),
                                                      static_cast<int>(otf.size()),
                                                      css_px * pixel_ratio, &config, ranges);
}

} // namespace

Fonts build_fonts(std::string_view regular_otf, std::string_view semibold_otf, float pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    Fonts fonts;
    fonts.body = add(regular_otf, 15.0f, pixel_ratio, kTextRanges);
    fonts.strong = add(semibold_otf, 15.0f, pixel_ratio, kTextRanges);
    fonts.small = add(regular_otf, 13.0f, pixel_ratio, kTextRanges);
    fonts.kicker = add(semibold_otf, 12.0f, pixel_ratio, kTextRanges);
    fonts.heading = add(semibold_otf, 21.0f, pixel_ratio, kTextRanges);
    fonts.figure = add(semibold_otf, 44.0f, pixel_ratio, kFigureRanges);
    // stb_truetype's builder, called directly: ImFontAtlas::Build() would add ImGui's own bitmap
    // font when none is given, and so carry its 10 KB of data into the module, never drawn.
    ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(io.Fonts);
    io.FontGlobalScale = 1.0f / pixel_ratio;
    io.FontDefault = fonts.body;
    return fonts;
}

} // namespace aicost::ui
