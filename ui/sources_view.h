#pragma once
// The sources panel: every source behind a figure on screen, with its short quotes and link, and
// what the asterisk on assumed values means. Folded until the reader opens it.

#include "ui/layout.h"

namespace aicost::ui {

void draw_sources(Frame& f);

} // namespace aicost::ui
