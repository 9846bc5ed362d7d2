#pragma once
// What operating a control does to the state. The canvas and the document call the same function
// with the same key (control_keys.h), so a click on a chip and Enter on its HTML button cannot
// differ.

#include "model/widget_state.h"

#include <string_view>

namespace aicost {

// `value` is the range's value for "slider/…" (a position on a logarithmic slider, see
// slider_scale.h) and the typed value, in display units, for "value/…"; other keys ignore it.
// True when the state changed. Links ("cite/…", "source/…") and unknown keys change nothing.
bool apply_action(WidgetState& state, const Catalog& catalog, std::string_view key,
                  double value = 0.0);

} // namespace aicost
