#include "model/data_error.h"

#include "model/strings.h"

#include <algorithm>

namespace aicost {

const std::vector<CheckText>& check_texts() {
    // Catalog parses that are given no strings (tests, a strings.json that cannot be read) write
    // these; strings.json's "en" texts must read exactly as they do (catalog_json_test checks).
    static const std::vector<CheckText> texts = {
        // The JSON reader: syntax and limits.
        {"json.syntax", "{detail}"},
        {"json.number_too_large", "number too large: {number}"},
        {"json.repeated_key", "repeated key \"{key}\" (each key may appear once)"},
        {"json.too_many_values", "more than {limit} values"},
        {"json.too_deep", "nested deeper than {limit} levels"},
        {"json.too_large", "larger than {limit} bytes"},
        // Types.
        {"missing", "missing \"{key}\""},
        {"expected_string", "expected a string"},
        {"expected_number", "expected a number"},
        {"expected_finite", "expected a finite number"},
        {"expected_range", "expected a number from {min} to {max}"},
        {"expected_whole_range", "expected a whole number from {min} to {max}"},
        {"must_be_positive", "must be positive"},
        {"expected_array", "expected an array"},
        {"expected_nonempty_array", "expected a non-empty array"},
        {"expected_object", "expected an object"},
        {"expected_top_object", "expected an object at the top level"},
        {"expected_texts", "expected a text per language code: { \"fr\": \"…\", \"en\": \"…\" }"},
        {"missing_language", "missing \"{lang}\" (strings.json has this language)"},
        {"unsupported_format", "unsupported format (this widget reads format 1)"},
        // Sources and currencies.
        {"expected_sources_object", "expected an object of id → source"},
        {"url_https", "must start with https://"},
        {"unknown_source", "unknown source \"{id}\" (not in \"sources\")"},
        {"unknown_source_ref", "unknown source {id}"},
        {"expected_source_ids", "expected an array of source ids"},
        {"duplicate_currency", "duplicate currency code \"{code}\""},
        {"first_currency_usd", "the first currency must be { \"code\": \"usd\", \"per_usd\": 1 }"},
        // Inputs.
        {"unknown_input", "unknown input (known: {known})"},
        {"unknown_input_key", "unknown key (known: value, min, max)"},
        {"too_many_decimals", "has more decimals than this input keeps ({decimals})"},
        {"below_input_min", "below this input's lowest value, {min}"},
        {"above_input_max", "above this input's highest value, {max}"},
        {"range_log", "needs 0 < min < max"},
        {"range_linear", "needs 0 <= min < max"},
        {"value_outside_range", "value is outside its range"},
        {"expected_input_names", "expected an array of input names"},
        {"not_an_input", "{input} is not an input of this line"},
        {"assumed_needs_note", "assumed inputs need a note saying why they have their values"},
        {"kind_needs", "{line} needs \"{input}\""},
        {"kind_not_input", "is not an input of {line}"},
        {"owning_gpu_hours", "the owning line takes its GPU-hours from the scenario's lines"},
        {"kind_together", "{group} needs all of {names}"},
        {"kind_cluster_or_gpu_hours", "give either \"gpus\" and \"hours\", or \"gpu_hours\""},
        // Ids, lines and scenarios.
        {"line_id_chars", "use lower-case letters, digits and '-' only"},
        {"figure_id_chars", "use lower-case letters, digits, '-' and '.' only"},
        {"owning_reserved", "\"owning\" is reserved for the scenario's owning block"},
        {"unknown_kind", "unknown kind \"{kind}\" (known: {known})"},
        {"duplicate_line_id", "duplicate line id \"{id}\""},
        {"duplicate_scenario_id", "duplicate scenario id \"{id}\""},
        {"expected_owning_object", "expected an object of id → owning block"},
        {"expected_owning_id", "expected the id of a block in the top-level \"owning\""},
        // Published figures, markers and the ladder.
        {"expected_precision", "expected {names} or {last}"},
        {"quote_too_long", "keep quotes short ({max} characters)"},
        {"expected_line_ids", "expected an array of line ids"},
        {"not_a_line", "{id} is not a line of this scenario"},
        {"line_listed_twice", "{id} is listed twice (the figure would count it twice)"},
        {"id_taken", "\"{id}\" is already a scenario or marker id"},
        {"expected_compare", "expected { \"compare\": [\"id\", \"id\"] }"},
        {"not_a_figure", "\"{id}\" is neither a scenario nor a marker"},
        {"compare_same", "compare two different figures"},
    };
    return texts;
}

namespace {

std::string english(std::string_view code) {
    const auto& texts = check_texts();
    auto it = std::find_if(texts.begin(), texts.end(),
                           [&](const CheckText& text) { return text.code == code; });
    return it == texts.end() ? "check." + std::string(code) : std::string(it->english);
}

std::string with_path(const DataError& error, const std::string& message) {
    return error.path.empty() ? message : error.path + ": " + message;
}

} // namespace

std::string describe(const DataError& error, const Strings& strings, const Lang& lang) {
    const std::string key = "check." + error.code;
    const std::string pattern = text(strings, lang, key);
    return with_path(error, fill(pattern == key ? english(error.code) : pattern, error.values));
}

std::string describe(const DataError& error) {
    return with_path(error, fill(english(error.code), error.values));
}

} // namespace aicost
