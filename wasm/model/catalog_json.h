#pragma once
// Reads assets/scenarios.json. Editors write this file by hand, so every mistake is reported with
// the path to the offending value, and nothing throws (a throw would abort the WebAssembly widget).

#include "model/data_error.h"
#include "model/scenario.h"

#include <string>
#include <string_view>
#include <vector>

namespace aicost {

struct CatalogParse {
    Catalog catalog;
    // Every mistake, as a value: describe(problem, strings, lang) writes it in a language.
    std::vector<DataError> problems;
    // The same, in the model's English: "scenarios[1].lines[0].inputs.gpus: expected a number".
    std::vector<std::string> errors;
    bool ok() const { return problems.empty(); }
};

// `languages` (strings.json's) are the ones every text must be given in; the catalog keeps them.
CatalogParse parse_catalog(std::string_view json_text, const std::vector<Lang>& languages = {});

} // namespace aicost
