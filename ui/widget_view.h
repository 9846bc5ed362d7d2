#pragma once
// The whole widget as one ImGui view: scenario picker, total, each line as its equation with its
// sliders and source, and the notices. It reads and writes a WidgetState and asks the platform
// (through ViewResult) for what only the platform can do: open a link, show a number editor.

#include "model/scenario.h"
#include "model/strings.h"
#include "model/widget_state.h"
#include "ui/fonts.h"
#include "ui/theme.h"

#include <optional>
#include <string>

namespace aicost::ui {

struct ViewContext {
    const Catalog& catalog;
    const Strings& strings;
    const Fonts& fonts;
    const Palette& palette;
    const std::string& data_error; // non-empty when the scenarios could not be read
};

// The reader asked to type an exact value; the platform shows an editor over this rectangle.
struct EditRequest {
    std::string line_id;
    std::string key;
    std::string label;  // accessible name of the editor
    double value = 0.0; // in display units (money converted to the display currency)
    int decimals = 0;
    float x = 0, y = 0, width = 0, height = 0; // CSS pixels from the canvas' top-left
};

struct ViewResult {
    bool state_changed = false;
    std::optional<EditRequest> edit;
    std::string open_url;        // a source link the reader clicked
    float content_height = 0.0f; // CSS pixels the widget needs at the current width
};

// Draws one frame into the current ImGui context (between NewFrame and Render).
ViewResult draw_widget(WidgetState& state, const ViewContext& context);

} // namespace aicost::ui
