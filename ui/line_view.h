#pragma once
// The scenario's lines as the reader adjusts them: each line's equation, one slider per input,
// its sources and the reasoning behind any assumed value; then the owning comparison.

#include "ui/layout.h"

namespace aicost::ui {

void draw_lines(Frame& f);

// "What if DeepSeek owned its GPUs?": the scenario's GPU-hours at Epoch AI's amortised cost.
void draw_owning(Frame& f);

} // namespace aicost::ui
