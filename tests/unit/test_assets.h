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

inline const Catalog& shipped_catalog() {
    static const Catalog catalog = parse_catalog(read_asset("scenarios.json")).catalog;
    return catalog;
}

inline const Strings& shipped_strings() {
    static const Strings strings = parse_strings(read_asset("strings.json")).strings;
    return strings;
}

// The widget as a reader first sees it: the shipped data's default state.
inline WidgetState fresh(Lang lang = Lang::En) {
    return default_state(shipped_catalog(), lang);
}

} // namespace aicost::testing
