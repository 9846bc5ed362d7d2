#include "model/slider_scale.h"

#include <algorithm>
#include <cmath>

namespace aicost {
namespace {

constexpr double kStepRatio = 1.01; // one position is 1% of the value

bool uses_positions(const Input& input) {
    return input.logarithmic && input.min > 0 && input.max > input.min;
}

double position_count(const Input& input) {
    return std::ceil(std::log(input.max / input.min) / std::log(kStepRatio));
}

double unit(const Input& input) {
    return std::pow(10.0, -input.decimals);
}

double rounded(const Input& input, double value) {
    const double scale = std::pow(10.0, input.decimals);
    return std::clamp(std::round(value * scale) / scale, input.min, input.max);
}

} // namespace

SliderScale slider_scale(const Input& input) {
    if (uses_positions(input)) return {0.0, position_count(input), 1.0, true};
    return {input.min, input.max, unit(input), false};
}

double slider_position(const Input& input) {
    if (!uses_positions(input)) return input.value;
    const double n = position_count(input);
    const double at = std::log(std::max(input.value, input.min) / input.min) /
                      std::log(input.max / input.min) * n;
    return std::clamp(std::round(at), 0.0, n);
}

double slider_value(const Input& input, double position) {
    if (!std::isfinite(position)) return input.value;
    if (!uses_positions(input)) return rounded(input, position);
    const double n = position_count(input);
    const double p = std::clamp(std::round(position), 0.0, n);
    const double value = rounded(input, input.min * std::pow(input.max / input.min, p / n));
    const double from = slider_position(input);
    if (value == input.value && p != from)
        return rounded(input, input.value + (p > from ? unit(input) : -unit(input)));
    return value;
}

} // namespace aicost
