#include "model/equation.h"

#include "model/number_format.h"

namespace aicost {

std::string format_input(const Input& input, const Currency& currency, Lang lang,
                         const Strings& strings) {
    const std::string nbsp = "\u00A0";
    switch (input.unit) {
    case InputUnit::Gpus:
        return format_number(input.value, input.decimals, lang) + nbsp +
               text(strings, lang, "unit.gpus");
    case InputUnit::Hours:
        return format_number(input.value, input.decimals, lang) + nbsp +
               text(strings, lang, "unit.hours");
    case InputUnit::GpuHours:
        return format_number(input.value, input.decimals, lang) + nbsp +
               text(strings, lang, "unit.gpu_hours");
    case InputUnit::UsdPerGpuHour:
        return format_money(input.value, currency, lang, input.decimals);
    }
    return {};
}

std::string line_equation(const Line& line, const Currency& currency, Lang lang,
                          const Strings& strings) {
    std::string out;
    for (const Input& input : line.inputs) {
        if (!out.empty()) out += " \u00D7 ";
        out += format_input(input, currency, lang, strings);
    }
    return out + " = " + format_money(line_usd(line), currency, lang);
}

} // namespace aicost
