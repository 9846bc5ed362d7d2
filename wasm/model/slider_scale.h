#pragma once
// How an input's slider maps to an HTML <input type="range">. A linear input (a share, the PUE)
// uses its own min, max and step. A logarithmic one spans orders of magnitude (1 to 1,000,000
// GPUs), where a step of one GPU would take a keyboard forever: it runs over positions 0..N, each
// about 1% of the value, so an arrow key moves 512 GPUs to 519.

#include "model/scenario.h"

namespace aicost {

struct SliderScale {
    double min = 0, max = 1, step = 1;
    bool positions = false; // the range's value is a position, not the input's value
};

SliderScale slider_scale(const Input& input);

// Where the input's current value sits on its range.
double slider_position(const Input& input);

// The value at a position the reader moved to, rounded as the input stores it. A move too small
// to change the rounded value (1 GPU to 1.01) still moves it by one unit that way, so an arrow key
// is never stuck.
double slider_value(const Input& input, double position);

} // namespace aicost
