#pragma once
// A line as the reader checks it by hand: "512 GPU × 198 h × $2.00 = $202,752".

#include "model/scenario.h"
#include "model/strings.h"

#include <string>

namespace aicost {

// An input with its unit: "512 GPU", "198 h", "5,000 GPU-h", "$2.00" (money is converted).
std::string format_input(const Input& input, const Currency& currency, const Lang& lang,
                         const Strings& strings);

std::string line_equation(const Line& line, const Currency& currency, const Lang& lang,
                          const Strings& strings);

} // namespace aicost
