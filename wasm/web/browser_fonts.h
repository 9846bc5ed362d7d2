#pragma once
// The widget's faces rasterised by the page (site/widget-glyphs.js) in the document's own font
// (widget.css), so the canvas and the document beside it read alike, and the module carries no
// font files and no rasteriser: the browser has both. Only the characters the data and the
// widget's own texts use are drawn, in any script the browser can show.

#include "ui/fonts.h"

#include <string>
#include <string_view>

namespace aicost::web {

// The characters to draw: every text of the data files (scenarios.json and strings.json, in all
// their languages), the widget's own signs, and printable ASCII. Each once, in UTF-8.
std::string characters_drawn(std::string_view scenarios_json, std::string_view strings_json);
// What the big figure needs: digits, signs, and the number texts and currency symbols of the data.
std::string figure_characters(std::string_view scenarios_json, std::string_view strings_json);

// Rebuilds ImGui's atlas from glyphs the page draws at `pixel_ratio`. False when the page could
// not draw them (no 2D canvas): the widget then has no type to draw with.
bool build_browser_fonts(std::string_view text, std::string_view figures, float pixel_ratio,
                         ui::Fonts& fonts);

} // namespace aicost::web
