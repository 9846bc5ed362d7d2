#pragma once
// setState()'s argument: a partial state in the JavaScript API's shape,
// { "scenario": "...", "lang": "en", "currency": "eur", "theme": "dark",
//   "compare": ["semianalysis-fleet", "current"], "lines": [{ "id": "...", "inputs": {...} }] }
// sent by a host page, which may be hostile: the text is bounded before it is read.

#include "model/widget_state.h"

#include <string_view>

namespace aicost {

// Everything valid is applied (settings.h); each invalid part becomes a warning. Replaces
// `state.warnings`.
void apply_state_json(WidgetState& state, const Catalog& catalog, std::string_view json_text);

} // namespace aicost
