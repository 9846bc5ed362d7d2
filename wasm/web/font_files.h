#pragma once
// The subset Inter files (assets/fonts), compiled into the module by tools/bytes_to_cpp.py.

#include <string_view>

namespace aicost::web {

std::string_view inter_regular_otf();
std::string_view inter_semibold_otf();

} // namespace aicost::web
