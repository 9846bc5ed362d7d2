#include "model/equation.h"

#include "model/number_format.h"

#include <algorithm>
#include <cmath>

namespace aicost {
namespace {

// The fewest decimals, between `least` and `most`, that show `value` exactly: "0.088", "4".
int decimals_needed(double value, int least, int most) {
    for (int decimals = least; decimals < most; ++decimals) {
        const double scale = std::pow(10.0, decimals);
        if (std::fabs(std::round(value * scale) / scale - value) < 1e-9) return decimals;
    }
    return most;
}

} // namespace

std::string format_input(const Input& input, const Currency& currency, const Lang& lang,
                         const Strings& strings) {
    const std::string nbsp = "\u00A0";
    auto with_unit = [&](const char* unit_key) {
        return format_number(input.value, input.decimals, lang) + nbsp +
               text(strings, lang, unit_key);
    };
    auto money_per = [&](const char* per_key) {
        return format_money(input.value, currency, lang, input.decimals) +
               text(strings, lang, per_key);
    };
    switch (input.unit) {
    case InputUnit::Gpus:
        return with_unit("unit.gpus");
    case InputUnit::Hours:
        return with_unit("unit.hours");
    case InputUnit::GpuHours:
        return with_unit("unit.gpu_hours");
    case InputUnit::UsdPerGpuHour:
        return format_money(input.value, currency, lang, input.decimals);
    case InputUnit::UsdPerUnit:
        return money_per("unit.per_gpu");
    case InputUnit::UsdPerYear:
        return money_per("unit.per_year");
    case InputUnit::UsdPerKwh:
        return format_money(input.value, currency, lang,
                            decimals_needed(input.value * currency.per_usd, 2, input.decimals)) +
               text(strings, lang, "unit.per_kwh");
    case InputUnit::Share:
        // "42,5 %" when the share has a fraction of a percent, "19 %" rather than "19,0 %".
        return format_number(
                   input.value * 100.0,
                   decimals_needed(input.value * 100.0, 0, std::max(0, input.decimals - 2)), lang) +
               text(strings, lang, "unit.percent");
    case InputUnit::Watts:
        return with_unit("unit.watts");
    case InputUnit::Pue:
        return text(strings, lang, "unit.pue") + nbsp +
               format_number(input.value, input.decimals, lang);
    case InputUnit::People:
        return with_unit("unit.people");
    case InputUnit::Years:
        return format_number(input.value, decimals_needed(input.value, 0, input.decimals), lang) +
               nbsp + text(strings, lang, "unit.years");
    case InputUnit::PerYear: // a yearly rate reads as a percentage: "32,2 % / an"
        return format_number(
                   input.value * 100.0,
                   decimals_needed(input.value * 100.0, 0, std::max(0, input.decimals - 2)), lang) +
               text(strings, lang, "unit.percent") + text(strings, lang, "unit.per_year");
    }
    return {};
}

std::string line_equation(const Line& line, const Currency& currency, const Lang& lang,
                          const Strings& strings) {
    const std::string times = " \u00D7 ", divided = " \u00F7 ";
    const LineKindSpec& kind = line_kind(line.kind);
    std::string out;
    // In the file's order, each input as its kind's entry says it counts (GPU-hours as factors).
    for (const Input& input : line.inputs) {
        const std::string value = format_input(input, currency, lang, strings);
        const KindInput* listed = find_kind_input(kind, input.key);
        switch (listed ? listed->term : Term::Factor) {
        case Term::Factor:
            out += (out.empty() ? "" : times) + value;
            break;
        case Term::TimesOnePlus: // "× (1 + 19 %)"
            out += times + "(1 + " + value + ")";
            break;
        case Term::DividedByOneMinus: // "÷ (1 − 19 %)"
            out += divided + "(1 \u2212 " + value + ")";
            break;
        }
    }
    if (kind.per_hour_of_year)
        out += divided + format_number(kHoursPerYear, 0, lang) + "\u00A0" +
               text(strings, lang, "unit.hours") + text(strings, lang, "unit.per_year");
    if (out.rfind(times, 0) == 0) out.erase(0, times.size());
    return out + " = " + format_money(line_usd(line), currency, lang);
}

} // namespace aicost
