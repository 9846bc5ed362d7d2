#pragma once
// The widget's interface texts and its languages, read from strings.json: one table per language
// code, each with every text and the language's way of writing numbers ("number.*").

#include "model/scenario.h"

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aicost {

struct Strings {
    std::vector<Lang> languages; // in the file's order; the first is the default
    std::map<std::string, LocalizedText, std::less<>> texts;
};

struct StringsParse {
    Strings strings;
    std::vector<std::string> errors;
    bool ok() const { return errors.empty(); }
};

// Every key must exist in every language, so a reader never meets a missing translation.
StringsParse parse_strings(std::string_view json_text);

// The language for a code, else the first of the file (or English rules when there is none).
const Lang& lang_or_default(const Strings& strings, std::string_view code);

// The text for `key`, or the key itself when missing (visible, never a crash).
std::string text(const Strings& strings, const Lang& lang, std::string_view key);

// Replaces each "{name}" in `pattern` with its value.
std::string fill(std::string pattern,
                 const std::vector<std::pair<std::string, std::string>>& values);

} // namespace aicost
