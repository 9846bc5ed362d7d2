#include "model/number_format.h"

#include "model/strings.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace aicost {
namespace {

constexpr const char* kDash = "\u2014";  // shown in place of a non-finite value
constexpr const char* kMinus = "\u2212"; // a true minus sign, in every language

// Digits with the language's grouping and decimal sign; `decimals` fixed. Values are finite.
std::string group_digits(double value, int decimals, const Lang& lang) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(value));
    std::string digits(buffer);
    std::string fraction;
    if (auto dot = digits.find('.'); dot != std::string::npos) {
        fraction = digits.substr(dot + 1);
        digits.resize(dot);
    }
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += lang.numbers.group;
        out += digits[i];
    }
    if (!fraction.empty()) out += lang.numbers.decimal + fraction;
    // "-0" would read oddly: only a non-zero result keeps its sign.
    const bool zero = std::all_of(buffer, buffer + std::strlen(buffer),
                                  [](char c) { return c == '0' || c == '.'; });
    return value < 0 && !zero ? kMinus + out : out;
}

std::string with_symbol(const std::string& amount, const Currency& currency, const Lang& lang) {
    return fill(lang.numbers.money, {{"amount", amount}, {"symbol", currency.symbol}});
}

} // namespace

std::string format_number(double value, int decimals, const Lang& lang) {
    if (!std::isfinite(value)) return kDash;
    return group_digits(value, decimals, lang);
}

std::string format_plain(double value, int decimals, const Lang& lang) {
    if (!std::isfinite(value)) return kDash;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", std::clamp(decimals, 0, 10), value);
    std::string out = buffer;
    if (size_t dot = out.find('.'); dot != std::string::npos)
        out.replace(dot, 1, lang.numbers.decimal);
    return out;
}

std::string format_money(double usd, const Currency& currency, const Lang& lang, int decimals) {
    double amount = usd * currency.per_usd;
    if (!std::isfinite(amount)) return kDash;
    return with_symbol(group_digits(amount, decimals, lang), currency, lang);
}

std::string format_money_compact(double usd, const Currency& currency, const Lang& lang) {
    double amount = usd * currency.per_usd;
    if (!std::isfinite(amount)) return kDash;
    double magnitude = std::fabs(amount);
    const NumberStyle& style = lang.numbers;
    const std::pair<double, const std::string*> scales[] = {{1e12, &style.trillion},
                                                            {1e9, &style.billion},
                                                            {1e6, &style.million},
                                                            {1e3, &style.thousand}};
    for (const auto& [factor, word] : scales) {
        // A language without a word for a scale says it with the next one down: "1 200 Md$".
        if (word->empty() || magnitude < factor * 0.9995) continue;
        double scaled = amount / factor;
        // Three significant digits at most, and no trailing zeros: 294K, 5.58M, 1.6B.
        int decimals = std::fabs(scaled) >= 99.95 ? 0 : std::fabs(scaled) >= 9.995 ? 1 : 2;
        std::string digits = group_digits(scaled, decimals, lang);
        if (decimals > 0) {
            while (digits.back() == '0')
                digits.pop_back();
            if (digits.size() >= style.decimal.size() &&
                digits.compare(digits.size() - style.decimal.size(), style.decimal.size(),
                               style.decimal) == 0)
                digits.resize(digits.size() - style.decimal.size());
        }
        return fill(style.money_short,
                    {{"amount", digits}, {"scale", *word}, {"symbol", currency.symbol}});
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
