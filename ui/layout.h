#pragma once
// What every part of the widget's view shares: the frame being drawn (state, context, content
// column) and the typographic helpers that keep spacing and wrapping consistent.

#include "model/control_keys.h"
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
    const Lang& lang() const { return state.lang; }
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

// Ties the item just drawn to its control key: the document lays the control's HTML element over
// it, and the canvas draws the focus ring here while that element has the keyboard focus.
void anchor(Frame& f, const std::string& key, float rounding = 4.0f);

// Records the part of the widget drawn since `top` (a block_key part, control_keys.h) across the
// content column: the document lays the element holding the same part over it.
void anchor_block(Frame& f, std::string_view part, float top);

// Operates a control as its HTML twin would (actions.h); notes a change for the platform.
void act(Frame& f, std::string_view key);

// A citation (publisher, locator, date) that opens its source when clicked; wraps.
void citation(Frame& f, const char* prefix_key, const Source& source, const std::string& key);

// A text link that folds and unfolds a part of the view (state.open_folds, control_keys.h).
// Returns whether the part is open.
bool fold_toggle(Frame& f, std::string_view fold, const std::string& show, const std::string& hide,
                 ImFont* font, bool underline);

// Lays chips out left to right, wrapping at the column's edge; each chip is anchored to its key
// and a click operates it. `row_x` (optional) continues a row started by an earlier group.
template <typename Items, typename Label, typename Selected, typename Key>
void chip_row(Frame& f, const Items& items, Label label, Selected selected, Key key,
              float* row_x = nullptr) {
    float x = row_x ? *row_x : f.left;
    const float spacing = 8.0f, group_spacing = 20.0f;
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string text = label(items[i]);
        const float w = text_width(f.ctx.fonts.strong, text.c_str()) + 28.0f;
        const float gap_before = i == 0 ? group_spacing : spacing;
        if (x > f.left && x + gap_before + w <= f.left + f.width) {
            ImGui::SameLine(0, gap_before);
            x += gap_before;
        } else {
            x = f.left;
        }
        ImGui::PushID(static_cast<int>(i));
        const std::string control = key(items[i]);
        if (chip(text.c_str(), selected(items[i]), f.ctx.fonts.strong, f.ctx.palette))
            act(f, control);
        anchor(f, control, 999.0f);
        ImGui::PopID();
        x += w;
    }
    if (row_x) *row_x = x;
}

} // namespace aicost::ui
