#pragma once
// Reads JSON that someone else wrote: an editor's scenarios.json, a host page's setState().
// Stricter than nlohmann's parser, which keeps the last of two equal keys without a word and
// builds any nesting it is given: here a repeated key is an error naming its path, a syntax
// error names its line and column, and size, depth and the number of values are bounded
// before anything is built, so hostile input costs time linear in its length and little memory.

#include "model/data_error.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aicost {

struct JsonLimits {
    std::size_t max_bytes = 4 << 20;
    std::size_t max_depth = 32;       // objects and arrays inside one another
    std::size_t max_values = 200'000; // every value, containers included
};

struct JsonError {
    enum class Kind { None, Syntax, TooLarge, TooDeep, TooManyValues, RepeatedKey };
    Kind kind = Kind::None;
    std::string path;     // where: "scenarios[0].lines[1].inputs.gpus" ("" for the top)
    std::size_t line = 0; // for syntax errors: 1-based line and column (in characters)
    std::size_t column = 0;
    std::string code; // strings.json's "check.<code>": "json.syntax", "json.repeated_key"…
    std::vector<std::pair<std::string, std::string>> values; // {"key", "gpus"}: its text's
};

struct JsonRead {
    nlohmann::ordered_json value; // null when there is an error
    JsonError error;
    bool ok() const { return error.kind == JsonError::Kind::None; }
};

JsonRead read_json(std::string_view text, const JsonLimits& limits = {});

// The mistake at "scenarios.json:12:5" (syntax), its path, or the file (limits): one an editor
// can act on, written in any language by describe().
DataError data_error(const JsonError& error, std::string_view file_name);

// "scenarios.json:12:5: …" or "scenarios[0].lines: …", in the model's English.
std::string describe(const JsonError& error, std::string_view file_name);

} // namespace aicost
