#pragma once
// An enum and the names data and links write for it, as one table read both ways: a name cannot
// be added to one direction and forgotten in the other.
//
//   constexpr EnumName<Precision> kPrecisionNames[] = {{Precision::Exact, "exact"}, …};
//   enum_name(kPrecisionNames, Precision::Exact) == "exact"
//   parse_enum(kPrecisionNames, "exact") == Precision::Exact
//
// Any table whose entries have `value` and `name` will do (the line kinds' table does).

#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace aicost {

template <typename Enum> struct EnumName {
    Enum value;
    std::string_view name;
};

// The enum a table names.
template <typename Table>
using EnumOf = std::remove_cv_t<decltype(std::begin(std::declval<const Table&>())->value)>;

// The name of `value`; empty when the table lacks it.
template <typename Table>
constexpr std::string_view enum_name(const Table& table, EnumOf<Table> value) {
    for (const auto& entry : table)
        if (entry.value == value) return entry.name;
    return {};
}

// The value named `name` (exactly: case and spelling), or nothing.
template <typename Table>
constexpr std::optional<EnumOf<Table>> parse_enum(const Table& table, std::string_view name) {
    for (const auto& entry : table)
        if (entry.name == name) return entry.value;
    return std::nullopt;
}

// Names for a message: "rental, purchase, power", or with `last_separator` " or " and `quoted`,
// "\"exact\", \"about\" or \"more-than\"".
inline std::string join_names(const std::vector<std::string_view>& names,
                              std::string_view last_separator = ", ", bool quoted = false) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? last_separator : std::string_view(", ");
        out += quoted ? "\"" + std::string(names[i]) + "\"" : std::string(names[i]);
    }
    return out;
}

// Every name of the table, joined as above.
template <typename Table>
std::string list_names(const Table& table, std::string_view last_separator = ", ",
                       bool quoted = false) {
    std::vector<std::string_view> names;
    for (const auto& entry : table)
        names.push_back(entry.name);
    return join_names(names, last_separator, quoted);
}

} // namespace aicost
