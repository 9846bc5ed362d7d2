#include "browser_fonts.h"

#include "model/json_reader.h"

#include <imgui.h>
#include <imgui_internal.h> // ImTextCharFromUtf8, ImTextCharToUtf8
#include <nlohmann/json.hpp>

#include <bitset>
#include <cstdint>
#include <cstdlib>
#include <cstring>

// site/widget-glyphs.js, through wasm/web/widget_library.js. Returns a block the module frees:
// int32 width, height, face count; then per face float32 ascent, descent, glyph count and, per
// glyph, float32 codepoint, advance, x, y, w, h (its box in the atlas) and the box's offset from
// the pen (x) and from the line's top (y); then width x height bytes of coverage.
extern "C" void* aicost_render_glyphs(const char* request_json);

namespace aicost::web {
namespace {

// ImGui 1.86 keeps characters in 16 bits: the Basic Multilingual Plane.
using Characters = std::bitset<0x10000>;

void add_utf8(Characters& set, std::string_view text) {
    for (const char *at = text.data(), *end = at + text.size(); at < end;) {
        unsigned int c = 0;
        at += ImTextCharFromUtf8(&c, at, end);
        if (c >= 0x20 && c < 0x10000) set.set(c);
    }
}

void add_strings_in(Characters& set, const nlohmann::ordered_json& value) {
    if (value.is_string())
        add_utf8(set, value.get_ref<const std::string&>());
    else if (value.is_structured())
        for (const auto& item : value)
            add_strings_in(set, item);
}

std::string utf8_of(const Characters& set) {
    std::string out;
    char buffer[5];
    for (unsigned int c = 0x20; c < set.size(); ++c)
        if (set.test(c)) out += ImTextCharToUtf8(buffer, c);
    return out;
}

// Signs the widget writes itself (equations, ellipses, figures), whatever the data says.
constexpr const char* kOwnSigns = "\u00A0\u202F\u2009\u2013\u2014\u2026\u00D7\u00F7\u2212\u2248"
                                  "\u2190\u2191\u2192\u2193\u2264\u2265\u2018\u2019\u201C\u201D"
                                  "\u00AB\u00BB\u2022";
constexpr const char* kFigureSigns = "0123456789 .,+-%$\u00A0\u202F\u2212\u2014\u00D7\u2248";

} // namespace

TypeCharacters type_characters(std::string_view scenarios_json, std::string_view strings_json) {
    Characters text, figures;
    for (unsigned int c = 0x20; c < 0x7F; ++c)
        text.set(c);
    // No U+FFFD: ImGui's glyph index runs up to the highest character, and '?' stands in as well.
    add_utf8(text, kOwnSigns);
    add_utf8(figures, kFigureSigns);
    const JsonRead scenarios = read_json(scenarios_json);
    if (scenarios.ok()) {
        add_strings_in(text, scenarios.value);
        if (scenarios.value.contains("currencies"))
            for (const auto& currency : scenarios.value["currencies"])
                if (currency.is_object() && currency.contains("symbol"))
                    add_strings_in(figures, currency["symbol"]);
    }
    const JsonRead strings = read_json(strings_json);
    if (strings.ok()) {
        add_strings_in(text, strings.value);
        // The number texts ("k", "M", "Md", money patterns) of every language.
        if (strings.value.is_object())
            for (const auto& [lang, texts] : strings.value.items())
                if (texts.is_object())
                    for (const auto& [key, value] : texts.items())
                        if (key.rfind("number.", 0) == 0) add_strings_in(figures, value);
    }
    return {utf8_of(text), utf8_of(figures)};
}

bool build_browser_fonts(std::string_view text, std::string_view figures, float pixel_ratio,
                         ui::Fonts& fonts) {
    nlohmann::ordered_json request = {{"ratio", pixel_ratio},
                                      {"faces", nlohmann::ordered_json::array()}};
    for (const ui::Face& face : ui::kFaces)
        request["faces"].push_back({{"px", face.css_px},
                                    {"weight", face.weight},
                                    {"text", face.figures ? figures : text}});
    void* block = aicost_render_glyphs(request.dump().c_str());
    if (!block) return false;

    const auto* header = static_cast<const std::int32_t*>(block);
    const int width = header[0], height = header[1], faces = header[2];
    const auto* data = reinterpret_cast<const float*>(header + 3);
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    atlas.Clear();
    // No lines or cursors baked into the atlas: the widget draws neither from it.
    atlas.Flags |= ImFontAtlasFlags_NoBakedLines | ImFontAtlasFlags_NoMouseCursors;
    atlas.TexWidth = width;
    atlas.TexHeight = height;
    atlas.TexUvScale = ImVec2(1.0f / float(width), 1.0f / float(height));
    // widget-glyphs.js paints a 3 x 3 white block in the corner: its centre draws ImGui's shapes.
    atlas.TexUvWhitePixel = ImVec2(1.5f / float(width), 1.5f / float(height));
    for (int f = 0; f < faces && f < ui::kFaceCount; ++f) {
        ImFont* font = IM_NEW(ImFont)();
        atlas.Fonts.push_back(font);
        font->ContainerAtlas = &atlas;
        font->FontSize = ui::kFaces[f].css_px * pixel_ratio;
        font->Ascent = *data++;
        font->Descent = *data++;
        const int glyphs = int(*data++);
        for (int g = 0; g < glyphs; ++g, data += 8) {
            const float x = data[2], y = data[3], w = data[4], h = data[5];
            const float left = data[6], top = data[7];
            font->AddGlyph(nullptr, ImWchar(data[0]), left, top, left + w, top + h,
                           x / float(width), y / float(height), (x + w) / float(width),
                           (y + h) / float(height), data[1]);
        }
        font->BuildLookupTable();
    }
    const std::size_t bytes = std::size_t(width) * std::size_t(height);
    atlas.TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(bytes));
    std::memcpy(atlas.TexPixelsAlpha8, data, bytes);
    atlas.TexReady = true;
    std::free(block);
    fonts = ui::use_fonts(atlas, pixel_ratio);
    return faces == ui::kFaceCount;
}

} // namespace aicost::web
