#pragma once
// Numbers as a newspaper prints them, in French and English. Never prints "nan" or "inf".

#include "model/scenario.h"

#include <string>

namespace aicost {

// "294,672.5" (en) or "294 672,5" (fr, narrow no-break spaces).
std::string format_number(double value, int decimals, const Lang& lang);

// Exact amounts: "$294,672" / "294 672 $", "€1.92" / "1,92 €". `usd` is converted with the
// currency's rate.
std::string format_money(double usd, const Currency& currency, const Lang& lang, int decimals = 0);

// Rounded for headlines: "$294K", "$5.58M", "$1.6B" / "294 k$", "5,58 M$", "1,6 Md$".
std::string format_money_compact(double usd, const Currency& currency, const Lang& lang);

// A number as a reader types it: no grouping, the language's decimal mark ("2,00", "202752").
std::string format_plain(double value, int decimals, const Lang& lang);

// Shortest decimal text that reads back as the same double ("2", "2.5", "101376"), for links.
std::string format_round_trip(double value);

} // namespace aicost
