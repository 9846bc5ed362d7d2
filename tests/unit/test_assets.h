#pragma once
// The shipped data, read once per test binary: the tests check the real figures editors publish.

#include "model/catalog_json.h"
#include "model/strings.h"
#include "model/widget_state.h"

#include <fstream>
#include <sstream>
#include <string>

namespace aicost::testing {

inline std::string read_asset(const std::string& name) {
    std::ifstream file(std::string(ASSETS_DIR) + "/" + name, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

inline const Strings& shipped_strings() {
    static const Strings strings = parse_strings(read_asset("strings.json")).strings;
    return strings;
}

inline const Catalog& shipped_catalog() {
    static const Catalog catalog =
        parse_catalog(read_asset("scenarios.json"), shipped_strings().languages).catalog;
    return catalog;
}

} // namespace aicost::testing

namespace aicost {

// The shipped languages, as strings.json defines them.
inline const Lang& french() {
    return *find_lang(testing::shipped_catalog(), "fr");
}
inline const Lang& english() {
    return *find_lang(testing::shipped_catalog(), "en");
}

namespace testing {

// The widget as a reader first sees it: the shipped data's default state.
inline WidgetState fresh(const Lang& lang = english()) {
    return default_state(shipped_catalog(), lang);
}

} // namespace testing
} // namespace aicost
