#pragma once
// The widget's faces rasterised by the page (site/widget-glyphs.js) in the document's own font
// (widget.css), so the canvas and the document beside it read alike, and the module carries no
// font files and no rasteriser: the browser has both. Only the characters the data and the
// widget's own texts use are drawn, in any script the browser can show.

#include "model/scenario.h"
#include "model/strings.h"
#include "ui/fonts.h"

#include <string>
#include <string_view>

namespace aicost::web {

// The characters to draw, each once, in UTF-8.
struct TypeCharacters {
    // Every text of the data files (scenarios.json and strings.json, in all their languages), the
    // widget's own signs, and printable ASCII.
    std::string text;
    // What the big figure needs: digits, signs, the languages' number texts and the currencies'
    // symbols.
    std::string figures;
};
// From the data files' texts and what was read of them (not parsed again: it is start-up time).
TypeCharacters type_characters(std::string_view scenarios_json, std::string_view strings_json,
                               const Catalog& catalog, const Strings& strings);

// What the page is asked to draw (widget-glyphs.js): the faces, their characters and the ratio.
// The page may draw it ahead, in steps, from this very text (widget_glyph_request).
std::string glyph_request(std::string_view text, std::string_view figures, float pixel_ratio);

// Rebuilds ImGui's atlas from glyphs the page draws at `pixel_ratio`. False when the page could
// not draw them (no 2D canvas): the widget then has no type to draw with.
bool build_browser_fonts(std::string_view text, std::string_view figures, float pixel_ratio,
                         ui::Fonts& fonts);

} // namespace aicost::web
