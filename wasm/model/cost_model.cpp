#include "model/cost_model.h"

#include <cmath>

namespace aicost {

double rental_usd(double gpus, double hours, double usd_per_gpu_hour) {
    return gpus * hours * usd_per_gpu_hour;
}

double rental_usd_from_gpu_hours(double gpu_hours, double usd_per_gpu_hour) {
    return gpu_hours * usd_per_gpu_hour;
}

double round_to_step(double value, double step) {
    if (!(step > 0.0)) return value;
    return std::round(value / step) * step;
}

namespace {
// Ranges are wide enough for any published run (one GPU for an hour up to a million GPUs for a
// decade) and narrow enough that every product stays far from overflow.
constexpr InputSpec kInputSpecs[] = {
    {"gpus", InputUnit::Gpus, 1.0, 1e6, true, 0},
    {"hours", InputUnit::Hours, 1.0, 1e5, true, 0},
    {"gpu_hours", InputUnit::GpuHours, 1.0, 1e10, true, 0},
    {"usd_per_gpu_hour", InputUnit::UsdPerGpuHour, 0.01, 100.0, true, 2},
};
} // namespace

const InputSpec* find_input_spec(std::string_view key) {
    for (const InputSpec& spec : kInputSpecs)
        if (spec.key == key) return &spec;
    return nullptr;
}

} // namespace aicost
