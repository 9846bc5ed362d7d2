#include "model/actions.h"

#include "model/control_keys.h"
#include "model/slider_scale.h"

#include <vector>

namespace aicost {
namespace {

std::vector<std::string_view> split(std::string_view key) {
    std::vector<std::string_view> parts;
    for (size_t start = 0;;) {
        const size_t slash = key.find('/', start);
        parts.push_back(key.substr(start, slash - start));
        if (slash == std::string_view::npos) return parts;
        start = slash + 1;
    }
}

bool set_input_value(WidgetState& state, std::string_view line_id, std::string_view key,
                     double value, bool display_units, const Catalog& catalog) {
    const Line* line = find_line(state.scenario, line_id);
    const Input* input = line ? find_input(*line, key) : nullptr;
    if (!input) return false;
    const double before = input->value;
    const Warnings warnings_before = state.warnings;
    if (display_units) {
        // A typed value answers the notices before it: only its own corrections remain.
        state.warnings.clear();
        set_input_in_display_units(state, catalog, line_id, key, value);
    } else {
        set_input(state, line_id, key, slider_value(*input, value));
    }
    return find_input(*find_line(state.scenario, line_id), key)->value != before ||
           state.warnings != warnings_before;
}

} // namespace

bool apply_action(WidgetState& state, const Catalog& catalog, std::string_view key, double value) {
    const std::vector<std::string_view> part = split(key);
    const std::string_view kind = part[0];
    if (part.size() == 1) {
        if (kind == kResetKey) {
            if (!differs_from_defaults(state.scenario)) return false;
            return select_scenario(state, catalog, state.scenario.id);
        }
        if (kind == kDismissKey) {
            if (state.warnings.empty()) return false;
            state.warnings.clear();
            return true;
        }
        return false;
    }
    const std::string_view id = part[1];
    if (id.empty()) return false;
    if (kind == "scenario") {
        if (id == state.scenario.id || !select_scenario(state, catalog, id)) return false;
        state.open_folds.erase(std::string(kPickerFold)); // the choice is made: the list folds away
        return true;
    }
    if (kind == "rung") {
        const auto before = state.compare;
        return pick_rung(state, catalog, id) && state.compare != before;
    }
    if (kind == "currency") {
        if (state.currency == id || !find_currency(catalog, id)) return false;
        state.currency = std::string(id);
        return true;
    }
    if (kind == "lang") {
        const Lang* lang = find_lang(catalog, id);
        if (!lang || *lang == state.lang) return false;
        state.lang = *lang;
        return true;
    }
    if (kind == "theme") {
        const auto theme = parse_theme(id);
        if (!theme || *theme == state.theme) return false;
        state.theme = *theme;
        return true;
    }
    if (kind == "fold") {
        const std::string fold(key.substr(kind.size() + 1));
        if (!state.open_folds.erase(fold)) state.open_folds.insert(fold);
        return true;
    }
    if ((kind == "slider" || kind == "value") && part.size() == 3)
        return set_input_value(state, id, part[2], value, kind == "value", catalog);
    return false;
}

} // namespace aicost
