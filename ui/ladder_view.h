#pragma once
// The comparison ladder: every figure on one logarithmic scale from $10K to $1T, the reader's own
// total highlighted, and the ratio between the two the reader picked.

#include "ui/layout.h"

namespace aicost::ui {

void draw_ladder(Frame& f);

} // namespace aicost::ui
