#include "model/control_keys.h"

#include "model/widget_state.h"

namespace aicost {

namespace {
std::string join(std::string_view kind, std::string_view a, std::string_view b = {}) {
    std::string key(kind);
    key += '/';
    key += a;
    if (!b.empty()) {
        key += '/';
        key += b;
    }
    return key;
}
} // namespace

std::string scenario_key(std::string_view scenario_id) {
    return join("scenario", scenario_id);
}
std::string slider_key(std::string_view line_id, std::string_view input_key) {
    return join("slider", line_id, input_key);
}
std::string value_key(std::string_view line_id, std::string_view input_key) {
    return join("value", line_id, input_key);
}
std::string rung_key(std::string_view rung_id) {
    return join("rung", rung_id);
}
std::string currency_key(std::string_view code) {
    return join("currency", code);
}
std::string lang_key(const Lang& lang) {
    return join("lang", lang_code(lang));
}
std::string theme_key(Theme theme) {
    return join("theme", theme_name(theme));
}
std::string citation_key(std::string_view line_id, size_t index) {
    return join("cite", line_id, std::to_string(index));
}
std::string source_key(size_t index) {
    return join("source", std::to_string(index));
}
std::string line_fold(std::string_view line_id) {
    return join("line", line_id);
}
bool folds_line_inputs(const Scenario& scenario, View view, bool narrow) {
    return scenario.lines.size() > 3 || (view == View::Full && narrow);
}
std::string fold_key(std::string_view fold) {
    return join("fold", fold);
}
std::string block_key(std::string_view part) {
    return join("block", part);
}
std::string dom_id(std::string_view key) {
    return "w:" + std::string(key);
}

} // namespace aicost
