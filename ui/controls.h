#pragma once
// The few controls the widget needs, drawn in the editorial style on top of ImGui's behaviour
// (hover, activation, keyboard navigation).

#include "ui/theme.h"

#include <imgui.h>

namespace aicost::ui {

// A horizontal slider over [min, max] with a thin track and a round knob; `decimals` sets the
// precision values snap to. True when the value changed.
bool slider(const char* str_id, double* value, double min, double max, bool logarithmic,
            int decimals, float width, const Palette& palette);

// A pill-shaped choice (scenario, currency, language). True when clicked.
bool chip(const char* label, bool selected, ImFont* font, const Palette& palette);

// A box across `width` naming the current choice, with a chevron that points down (closed) or up
// (open): a folded list's button. True when clicked.
bool dropdown(const char* str_id, const char* label, bool open, float width, ImFont* font,
              const Palette& palette);

// One entry of an unfolded list, across `width`: the chosen one inked and ticked. True when
// clicked.
bool list_option(const char* label, bool selected, float width, ImFont* font,
                 const Palette& palette);

// Text that acts as a button: a link, or a value the reader can tap to type.
bool text_button(const char* str_id, const char* text, ImFont* font, ImU32 color, bool underline);

// Width of `text` in `font` at CSS pixel size.
float text_width(ImFont* font, const char* text);

} // namespace aicost::ui
