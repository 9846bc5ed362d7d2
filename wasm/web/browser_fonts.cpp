#include "browser_fonts.h"

#include <imgui.h>
#include <imgui_internal.h> // ImTextCharFromUtf8, ImTextCharToUtf8
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>

// site/widget-glyphs.js, through wasm/web/widget_library.js. Returns a block the module frees:
// int32 width, height, face count; then per face float32 ascent, descent, glyph count and, per
// glyph, float32 codepoint, advance, x, y, w, h (its box in the atlas) and the box's offset from
// the pen (x) and from the line's top (y). The pixels stay in the page's canvas until the renderer
// uploads them (aicost_upload_glyphs).
extern "C" void* aicost_render_glyphs(const char* request_json);

namespace aicost::web {
namespace {

// A set of characters of the Basic Multilingual Plane (ImGui 1.86 keeps characters in 16 bits),
// read back in order by whole words: a few hundred characters out of 65,536, listed at start-up.
class Characters {
  public:
    void set(unsigned int c) { words_[c >> 6] |= std::uint64_t(1) << (c & 63); }
    template <typename Each> void for_each(Each each) const {
        for (unsigned int word = 0; word < kWords; ++word)
            for (std::uint64_t bits = words_[word]; bits != 0; bits &= bits - 1)
                each(word * 64 + unsigned(__builtin_ctzll(bits)));
    }

  private:
    static constexpr unsigned int kWords = 0x10000 / 64;
    std::array<std::uint64_t, kWords> words_{};
};

void add_utf8(Characters& set, std::string_view text) {
    for (const char *at = text.data(), *end = at + text.size(); at < end;) {
        unsigned int c = 0;
        at += ImTextCharFromUtf8(&c, at, end);
        if (c >= 0x20 && c < 0x10000) set.set(c);
    }
}

// Every character a JSON text can show, read off its bytes: beyond ASCII punctuation, its strings
// are all it holds, so no parse is needed (the data was parsed once already). A "\u00e9" escape
// counts as the character it stands for.
void add_json_text(Characters& set, std::string_view json) {
    for (std::size_t at = 0; at < json.size();) {
        if (json[at] == '\\') { // \n, \" …: ASCII, drawn anyway; \uXXXX: read below
            const bool unicode = at + 1 < json.size() && json[at + 1] == 'u';
            unsigned int c = 0;
            std::size_t digits = 0;
            for (; unicode && digits < 4 && at + 2 + digits < json.size(); ++digits) {
                const char h = json[at + 2 + digits];
                const int value = h >= '0' && h <= '9'   ? h - '0'
                                  : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                  : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                         : -1;
                if (value < 0) break;
                c = c * 16 + unsigned(value);
            }
            if (digits == 4 && c >= 0x20) set.set(c);
            at += 2 + digits;
            continue;
        }
        unsigned int c = 0;
        at += std::size_t(
            std::max(1, ImTextCharFromUtf8(&c, json.data() + at, json.data() + json.size())));
        if (c >= 0x20 && c < 0x10000) set.set(c);
    }
}

std::string utf8_of(const Characters& set) {
    std::string out;
    char buffer[5];
    set.for_each([&](unsigned int c) { out += ImTextCharToUtf8(buffer, c); });
    return out;
}

// Signs the widget writes itself (equations, ellipses, figures), whatever the data says.
constexpr const char* kOwnSigns = "\u00A0\u202F\u2009\u2013\u2014\u2026\u00D7\u00F7\u2212\u2248"
                                  "\u2190\u2191\u2192\u2193\u2264\u2265\u2018\u2019\u201C\u201D"
                                  "\u00AB\u00BB\u2022";
constexpr const char* kFigureSigns = "0123456789 .,+-%$\u00A0\u202F\u2212\u2014\u00D7\u2248";

} // namespace

TypeCharacters type_characters(std::string_view scenarios_json, std::string_view strings_json,
                               const Catalog& catalog, const Strings& strings) {
    Characters text, figures;
    for (unsigned int c = 0x20; c < 0x7F; ++c)
        text.set(c);
    // No U+FFFD: ImGui's glyph index runs up to the highest character, and '?' stands in as well.
    add_utf8(text, kOwnSigns);
    add_utf8(figures, kFigureSigns);
    add_json_text(text, scenarios_json);
    add_json_text(text, strings_json);
    for (const Currency& currency : catalog.currencies)
        add_utf8(figures, currency.symbol);
    // The number texts ("k", "M", "Md", money patterns) of every language.
    for (const Lang& lang : strings.languages)
        for (const std::string* part :
             {&lang.numbers.decimal, &lang.numbers.group, &lang.numbers.money,
              &lang.numbers.money_short, &lang.numbers.thousand, &lang.numbers.million,
              &lang.numbers.billion, &lang.numbers.trillion})
            add_utf8(figures, *part);
    return {utf8_of(text), utf8_of(figures)};
}

std::string glyph_request(std::string_view text, std::string_view figures, float pixel_ratio) {
    nlohmann::ordered_json request = {{"ratio", pixel_ratio},
                                      {"faces", nlohmann::ordered_json::array()}};
    for (const ui::Face& face : ui::kFaces)
        request["faces"].push_back({{"px", face.css_px},
                                    {"weight", face.weight},
                                    {"text", face.figures ? figures : text}});
    return request.dump();
}

bool build_browser_fonts(std::string_view text, std::string_view figures, float pixel_ratio,
                         ui::Fonts& fonts) {
    void* block = aicost_render_glyphs(glyph_request(text, figures, pixel_ratio).c_str());
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
    atlas.TexReady = true;
    std::free(block);
    fonts = ui::use_fonts(atlas, pixel_ratio);
    return faces == ui::kFaceCount;
}

} // namespace aicost::web
