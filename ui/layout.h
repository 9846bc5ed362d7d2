#pragma once
// What every part of the widget's view shares: the frame being drawn (state, context, content
// column) and the typographic helpers that keep spacing and wrapping consistent.

#include "model/widget_state.h"
#include "ui/controls.h"
#include "ui/widget_view.h"

#include <imgui.h>

#include <string>
#include <string_view>

namespace aicost::ui {

// Everything a drawing helper needs, so helpers stay small free functions.
struct Frame {
    WidgetState& state;
    const ViewContext& ctx;
    ViewResult& result;
    float left = 0, width = 0; // content column in CSS pixels
    Lang lang() const { return state.lang; }
    std::string t(std::string_view key) const { return text(ctx.strings, state.lang, key); }
    const Palette& palette() const { return ctx.palette; }
    const Currency& currency() const { return display_currency(state, ctx.catalog); }
};

// Text wrapped at ASCII spaces only, so numbers ("2,664,000", "294 672 $") never split.
void wrapped(ImFont* font, ImU32 color, const std::string& str, float width);

// Vertical space, in CSS pixels.
void gap(float height);

// A hairline across the content column.
void rule(const Frame& f);

// A section heading: small caps-like kicker over a hairline.
void section(const Frame& f, const std::string& title);

// Text of the source (publisher, locator, date) that opens its link when clicked; wraps.
void citation(Frame& f, const std::string& prefix, const Source& source, ImU32 color);

// A text link that folds and unfolds a part of the view; its state lives in ImGui's storage
// under `id` (in the current ID scope). Returns whether the part is open.
bool fold_toggle(Frame& f, const char* id, const std::string& show, const std::string& hide,
                 ImFont* font, bool underline);

// Lays chips out left to right, wrapping at the column's edge. Returns the clicked index or -1.
template <typename Items, typename Label, typename Selected>
int chip_row(const Frame& f, const Items& items, Label label, Selected selected) {
    int clicked = -1;
    float x = f.left;
    const float spacing = 8.0f;
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string text = label(items[i]);
        const float w = text_width(f.ctx.fonts.strong, text.c_str()) + 28.0f;
        if (i > 0 && x + w <= f.left + f.width)
            ImGui::SameLine(0, spacing);
        else
            x = f.left;
        ImGui::PushID(static_cast<int>(i));
        if (chip(text.c_str(), selected(items[i]), f.ctx.fonts.strong, f.ctx.palette))
            clicked = static_cast<int>(i);
        ImGui::PopID();
        x += w + spacing;
    }
    return clicked;
}

} // namespace aicost::ui
