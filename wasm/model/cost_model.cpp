#include "model/cost_model.h"

#include <cmath>

namespace aicost {

double rental_usd(double gpus, double hours, double usd_per_gpu_hour) {
    return gpus * hours * usd_per_gpu_hour;
}

double rental_usd_from_gpu_hours(double gpu_hours, double usd_per_gpu_hour) {
    return gpu_hours * usd_per_gpu_hour;
}

bool is_money(InputUnit unit) {
    return unit == InputUnit::UsdPerGpuHour || unit == InputUnit::UsdPerUnit ||
           unit == InputUnit::UsdPerYear || unit == InputUnit::UsdPerKwh;
}

double purchase_usd(double units, double usd_per_unit, double overhead_share) {
    return units * usd_per_unit * (1.0 + overhead_share);
}

double power_usd(double units, double watts, double pue, double hours, double usd_per_kwh) {
    return units * (watts / 1000.0) * pue * hours * usd_per_kwh;
}

double staff_usd(double people, double usd_per_year, double years) {
    return people * usd_per_year * years;
}

double yearly_usd(double usd_per_year, double years) {
    return usd_per_year * years;
}

double ownership_usd(double gpu_hours, double usd_per_unit, double depreciation_per_year,
                     double interconnect_share) {
    // The input range keeps the share below 1; guard anyway so nothing divides by zero.
    if (!(interconnect_share < 1.0)) return 0.0;
    return gpu_hours * usd_per_unit * depreciation_per_year / kHoursPerYear /
           (1.0 - interconnect_share);
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
    {"units", InputUnit::Gpus, 1.0, 1e7, true, 0},
    {"usd_per_unit", InputUnit::UsdPerUnit, 100.0, 1e6, true, 0},
    {"overhead_share", InputUnit::Share, 0.0, 3.0, false, 3},
    {"watts", InputUnit::Watts, 10.0, 5000.0, true, 0},
    {"pue", InputUnit::Pue, 1.0, 3.0, false, 2},
    {"usd_per_kwh", InputUnit::UsdPerKwh, 0.01, 1.0, true, 4},
    {"people", InputUnit::People, 1.0, 1e5, true, 0},
    {"usd_per_year", InputUnit::UsdPerYear, 1000.0, 1e10, true, 0},
    {"years", InputUnit::Years, 0.1, 20.0, true, 1},
    {"depreciation_per_year", InputUnit::PerYear, 0.01, 2.0, true, 3},
    {"interconnect_share", InputUnit::Share, 0.0, 0.9, false, 2},
};
} // namespace

std::string known_input_keys() {
    std::string keys;
    for (const InputSpec& spec : kInputSpecs)
        keys += (keys.empty() ? "" : ", ") + std::string(spec.key);
    return keys;
}

const InputSpec* find_input_spec(std::string_view key) {
    for (const InputSpec& spec : kInputSpecs)
        if (spec.key == key) return &spec;
    return nullptr;
}

} // namespace aicost
