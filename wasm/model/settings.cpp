#include "model/settings.h"

#include <string>

namespace aicost {

bool apply_scenario(WidgetState& state, const Catalog& catalog, std::string_view id) {
    if (id == state.scenario.id) return true; // the reader's values stay
    if (select_scenario(state, catalog, id)) return true;
    state.warnings.add("unknown-scenario", "scenario", id);
    return false;
}

void apply_lang(WidgetState& state, const Catalog& catalog, std::string_view code) {
    if (const Lang* lang = find_lang(catalog, code))
        state.lang = *lang;
    else
        state.warnings.add("bad-lang", "lang", code);
}

void apply_currency(WidgetState& state, const Catalog& catalog, std::string_view code) {
    if (find_currency(catalog, code))
        state.currency = std::string(code);
    else
        state.warnings.add("bad-currency", "currency", code);
}

void apply_theme(WidgetState& state, std::string_view name) {
    if (auto theme = parse_theme(name))
        state.theme = *theme;
    else
        state.warnings.add("bad-theme", "theme", name);
}

void apply_view(WidgetState& state, std::string_view name) {
    if (auto view = parse_view(name))
        state.view = *view;
    else
        state.warnings.add("bad-view", "view", name);
}

void apply_compare(WidgetState& state, const Catalog& catalog, std::string_view a,
                   std::string_view b, std::string_view given) {
    if (!set_compare(state, catalog, a, b)) state.warnings.add("bad-compare", "compare", given);
}

void apply_input(WidgetState& state, std::string_view line_id, std::string_view key,
                 std::optional<double> value, std::string_view given) {
    const std::string where = std::string(line_id) + "." + std::string(key);
    const Line* line = find_line(state.scenario, line_id);
    if (!line)
        state.warnings.add("unknown-line", where, given);
    else if (!find_input(*line, key))
        state.warnings.add("unknown-input", where, given);
    else if (!value)
        state.warnings.add("bad-number", where, given);
    else
        set_input(state, line_id, key, *value, Rounding::Reported);
}

} // namespace aicost
