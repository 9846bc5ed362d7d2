#pragma once
// The JavaScript API's getState() object: everything a host page or a test may read about the
// state, with every figure computed by the model and every text in the state's language.

#include "model/strings.h"
#include "model/widget_state.h"

#include <string>
#include <string_view>

namespace aicost {

// The object as JSON text. `permalink` is the full link.
std::string state_json(const WidgetState& state, const Catalog& catalog, const Strings& strings,
                       std::string_view permalink);

} // namespace aicost
