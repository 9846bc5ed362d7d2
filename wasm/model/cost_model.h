#pragma once
// The cost arithmetic: pure functions of unit-named inputs. Every figure the widget, the CLI and
// the tests show comes from here, so they cannot disagree.

#include <string_view>

namespace aicost {

// What a scenario line computes. New kinds (buying, power, staff...) add a case here.
enum class LineKind { Rental };

// The units a line input can carry; they decide formatting and slider ranges.
enum class InputUnit { Gpus, Hours, GpuHours, UsdPerGpuHour };

// Renting: every GPU is paid by the hour.
double rental_usd(double gpus, double hours, double usd_per_gpu_hour);
// Renting when a source reports only the GPU-hours consumed, not the cluster size and duration.
double rental_usd_from_gpu_hours(double gpu_hours, double usd_per_gpu_hour);

// Rounds to the nearest multiple of `step` (step <= 0 leaves the value as it is): papers often
// round GPU-hours to thousands in their tables before pricing them.
double round_to_step(double value, double step);

// What the model knows about an input key: its unit and the range a reader may set.
struct InputSpec {
    std::string_view key;
    InputUnit unit;
    double min;
    double max;
    bool logarithmic; // the range spans orders of magnitude
    int decimals;     // shown and stored precision
};

// Nullptr for a key the model does not know.
const InputSpec* find_input_spec(std::string_view key);

} // namespace aicost
