#pragma once
// A stacked bar of what each line contributes to the current total, with its legend.

#include "ui/layout.h"

namespace aicost::ui {

void draw_breakdown(Frame& f);

} // namespace aicost::ui
