#include "model/number_format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace aicost {
namespace {

constexpr const char* kNarrowNbsp = "\u202F"; // French thousands separator
constexpr const char* kNbsp = "\u00A0";       // between a French number and its unit
constexpr const char* kDash = "\u2014";       // shown in place of a non-finite value

// Digits with grouping; `decimals` fixed. Values are already known finite.
std::string group_digits(double value, int decimals, Lang lang) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(value));
    std::string digits(buffer);
    std::string fraction;
    if (auto dot = digits.find('.'); dot != std::string::npos) {
        fraction = digits.substr(dot + 1);
        digits.resize(dot);
    }
    const std::string separator = lang == Lang::Fr ? kNarrowNbsp : ",";
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    if (!fraction.empty()) out += (lang == Lang::Fr ? "," : ".") + fraction;
    // "-0" would read oddly: only a non-zero result keeps its sign.
    bool negative = value < 0 && out.find_first_not_of("0,.\u202F") != std::string::npos;
    return negative ? "\u2212" + out : out;
}

std::string with_symbol(const std::string& amount, const Currency& currency, Lang lang) {
    return lang == Lang::Fr ? amount + kNbsp + currency.symbol : currency.symbol + amount;
}

} // namespace

std::string format_number(double value, int decimals, Lang lang) {
    if (!std::isfinite(value)) return kDash;
    return group_digits(value, decimals, lang);
}

std::string format_plain(double value, int decimals, Lang lang) {
    if (!std::isfinite(value)) return kDash;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", std::clamp(decimals, 0, 10), value);
    std::string out = buffer;
    if (lang == Lang::Fr)
        for (char& c : out)
            if (c == '.') c = ',';
    return out;
}

std::string format_money(double usd, const Currency& currency, Lang lang, int decimals) {
    double amount = usd * currency.per_usd;
    if (!std::isfinite(amount)) return kDash;
    return with_symbol(group_digits(amount, decimals, lang), currency, lang);
}

std::string format_money_compact(double usd, const Currency& currency, Lang lang) {
    double amount = usd * currency.per_usd;
    if (!std::isfinite(amount)) return kDash;
    double magnitude = std::fabs(amount);
    // French has no short word for 10^12: "1 200 Md$" keeps milliards, grouped to stay readable.
    if (magnitude >= 999.5e9 && lang == Lang::Fr)
        return group_digits(amount / 1e9, 0, lang) + "\u00A0Md" + currency.symbol;
    struct Scale {
        double factor;
        const char* en;
        const char* fr; // French press style: k$, M$, Md$ (milliard)
    };
    static constexpr Scale kScales[] = {
        {1e12, "T", ""}, {1e9, "B", "\u00A0Md"}, {1e6, "M", "\u00A0M"}, {1e3, "K", "\u00A0k"}};
    for (const Scale& scale : kScales) {
        if (magnitude < scale.factor * 0.9995) continue;
        double scaled = amount / scale.factor;
        // Three significant digits at most, and no trailing zeros: 294K, 5.58M, 1.6B.
        int decimals = std::fabs(scaled) >= 99.95 ? 0 : std::fabs(scaled) >= 9.995 ? 1 : 2;
        std::string digits = group_digits(scaled, decimals, lang);
        const char point = lang == Lang::Fr ? ',' : '.';
        if (digits.find(point) != std::string::npos) {
            while (digits.back() == '0')
                digits.pop_back();
            if (digits.back() == point) digits.pop_back();
        }
        return lang == Lang::Fr ? digits + scale.fr + currency.symbol
                                : currency.symbol + digits + scale.en;
    }
    return format_money(usd, currency, lang, 0);
}

std::string format_round_trip(double value) {
    if (!std::isfinite(value)) return "0";
    char buffer[40];
    // Whole numbers as plain digits ("37050", not "3.705e+04"): links are read by people.
    if (value == std::floor(value) && std::fabs(value) < 1e15) {
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
        return buffer;
    }
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    // A '+' in a query string reads back as a space: "1e+20" is written "1e20".
    std::string text = buffer;
    if (size_t plus = text.find("e+"); plus != std::string::npos) text.erase(plus + 1, 1);
    return text;
}

} // namespace aicost
