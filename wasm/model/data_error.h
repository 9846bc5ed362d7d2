#pragma once
// A mistake in the editors' data, as a value: where it is, what it is (a code) and the values its
// text names. Its text is strings.json's "check.<code>", so the editor page, the widget and
// `ai-cost check` write the same mistake in the reader's language.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aicost {

struct Strings;
struct Lang;

struct DataError {
    std::string path; // "scenarios[0].lines[2].inputs.gpus", or a place: "scenarios.json:12:5"
    std::string code; // "expected_number": its text is strings.json's "check.expected_number"
    std::vector<std::pair<std::string, std::string>> values; // {"min", "1"}: fill the text
};

// "path: message", the message from strings.json's "check.<code>" in `lang`, filled with the
// error's values; the model's English when strings.json has no such text (a broken strings.json).
std::string describe(const DataError& error, const Strings& strings, const Lang& lang);

// The same in the model's English, which strings.json's "en" texts read exactly as: for logs,
// tests, and the mistakes of strings.json itself.
std::string describe(const DataError& error);

// Every code the model reports, with its English text: the one list of them.
struct CheckText {
    std::string_view code;
    std::string_view english;
};
const std::vector<CheckText>& check_texts();

} // namespace aicost
