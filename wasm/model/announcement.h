#pragma once
// What the live region says after a change, by any means (pointer, keyboard, the document's
// controls, setState, a link): one short sentence with the new total and what changed,
// "Total $329,520 — R1-Zero, GPUs: 600 GPU." A screen reader hears it once the reader pauses.

#include "model/widget_state.h"

#include <string>

namespace aicost {

// Empty when nothing a reader would hear changed (a fold opened, nothing at all).
std::string change_announcement(const WidgetState& before, const WidgetState& after,
                                const Catalog& catalog, const Strings& strings);

} // namespace aicost
