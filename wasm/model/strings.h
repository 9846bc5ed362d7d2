#pragma once
// The widget's interface text in French and English, read from assets/strings.json.

#include "model/scenario.h"

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aicost {

struct Strings {
    std::map<std::string, LocalizedText, std::less<>> texts;
};

struct StringsParse {
    Strings strings;
    std::vector<std::string> errors;
    bool ok() const { return errors.empty(); }
};

// Every key must exist in both languages, so a reader never meets a missing translation.
StringsParse parse_strings(std::string_view json_text);

// The text for `key`, or the key itself when missing (visible, never a crash).
std::string text(const Strings& strings, Lang lang, std::string_view key);

// Replaces each "{name}" in `pattern` with its value.
std::string fill(std::string pattern,
                 const std::vector<std::pair<std::string, std::string>>& values);

} // namespace aicost
