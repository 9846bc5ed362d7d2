#pragma once
// The cost arithmetic: pure functions of unit-named inputs. Every figure the widget, the CLI and
// the tests show comes from here, so they cannot disagree. Which function a scenario line uses,
// and with which inputs, is its kind's entry in line_kinds.cpp.

#include <string>
#include <string_view>

namespace aicost {

// The units a line input can carry; they decide formatting, conversion and slider ranges.
enum class InputUnit {
    Gpus,
    Hours,
    GpuHours,
    UsdPerGpuHour,
    UsdPerUnit,
    UsdPerYear,
    UsdPerKwh,
    Share, // a fraction, shown as a percentage
    Watts,
    Pue,
    People,
    Years,
    PerYear, // a rate, e.g. depreciation
};

// Money inputs are shown and typed in the reader's currency.
bool is_money(InputUnit unit);

// Hours in an average year (365.25 days), as Epoch AI uses to turn a yearly rate into hours.
inline constexpr double kHoursPerYear = 8766.0;

// Renting: every GPU is paid by the hour.
double rental_usd(double gpus, double hours, double usd_per_gpu_hour);
// Renting when a source reports only the GPU-hours consumed, not the cluster size and duration.
double rental_usd_from_gpu_hours(double gpu_hours, double usd_per_gpu_hour);

// Buying hardware: units at a unit price, plus servers and networking as a share of that price.
double purchase_usd(double units, double usd_per_unit, double overhead_share);

// Electricity: units drawing `watts` each, times the data centre's PUE, for `hours`.
double power_usd(double units, double watts, double pue, double hours, double usd_per_kwh);

// Salaries, or any other cost paid every year.
double staff_usd(double people, double usd_per_year, double years);
double yearly_usd(double usd_per_year, double years);

// Owning the hardware for one run, in the manner of Epoch AI: the hardware's value
// (`usd_per_unit`, server-level, per GPU) loses `depreciation_per_year` of itself each year, and
// the run is charged for the GPU-hours it used; interconnect is `interconnect_share` of the
// cluster's cost (Epoch: 0.19), so the GPU share is divided by (1 - share).
double ownership_usd(double gpu_hours, double usd_per_unit, double depreciation_per_year,
                     double interconnect_share);

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

// Every key the model knows, comma-separated, for error messages.
std::string known_input_keys();

// Nullptr for a key the model does not know.
const InputSpec* find_input_spec(std::string_view key);

} // namespace aicost
