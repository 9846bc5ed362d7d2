#pragma once
// The whole widget as one ImGui view: scenario picker, total, each line as its equation with its
// sliders and source, the ladder and the notices. It reads and writes a WidgetState and asks the
// platform (through ViewResult) for what only the platform can do: open a link, focus a field.

#include "model/scenario.h"
#include "model/strings.h"
#include "model/widget_state.h"
#include "ui/fonts.h"
#include "ui/theme.h"

#include <string>
#include <string_view>
#include <vector>

namespace aicost::ui {

struct ViewContext {
    const Catalog& catalog;
    const Strings& strings;
    const Fonts& fonts;
    const Palette& palette;
    const std::string& data_error; // non-empty when the scenarios could not be read
    // The control (control_keys.h) whose HTML twin has the keyboard focus: the canvas draws its
    // focus ring. Empty when the focus is elsewhere.
    std::string_view focused = {};
    // The part of the content the canvas shows (CSS px from the top): everything is laid out,
    // only what falls inside is drawn.
    float drawn_top = 0.0f, drawn_bottom = 1e9f;
};

// Where a control was drawn, in CSS pixels from the canvas' top-left: the document lays the
// control's HTML element over it, so that focusing the element scrolls this place into view.
struct Anchor {
    std::string key;
    float x = 0, y = 0, width = 0, height = 0;
};

struct ViewResult {
    bool state_changed = false;
    std::string edit_key;        // the reader asked to type an exact value ("value/…")
    std::string open_url;        // a source link the reader clicked
    float content_height = 0.0f; // CSS pixels the widget needs at the current width
    std::vector<Anchor> anchors; // every control drawn, in drawing order

    // A frame laid out again at a new height sees no new input, so what the first frame was
    // asked must survive it: keeps the requests of both and the later frame's layout.
    void merge(const ViewResult& later);
};

// Draws one frame into the current ImGui context (between NewFrame and Render).
ViewResult draw_widget(WidgetState& state, const ViewContext& context);

} // namespace aicost::ui
