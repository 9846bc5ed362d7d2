#include "model/widget_state.h"

#include "model/ladder.h"
#include "model/number_format.h"

#include <algorithm>
#include <cmath>

namespace aicost {

bool operator==(const Warning& a, const Warning& b) {
    return a.code == b.code && a.key == b.key && a.value == b.value;
}

std::string shorten(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end; // back to the start of the character that would be split
    return std::string(text.substr(0, end)) + "\u2026";
}

void Warnings::add(std::string_view code, std::string_view key, std::string_view value) {
    ++count_;
    if (kept_.size() < kMaxWarnings)
        kept_.push_back({std::string(code), shorten(key), shorten(value)});
}

WidgetState default_state(const Catalog& catalog, const Lang& lang) {
    WidgetState state;
    state.lang = lang;
    if (!catalog.scenarios.empty()) state.scenario = catalog.scenarios.front();
    state.compare = {catalog.compare_default[0], catalog.compare_default[1]};
    // A catalog without a "ladder" entry compares the reader's total with the first scenario.
    if (state.compare[0].empty() || state.compare[1].empty())
        state.compare = {std::string(kCurrentRung), state.scenario.id};
    return state;
}

bool pick_rung(WidgetState& state, const Catalog& catalog, std::string_view id) {
    if (!is_rung_id(catalog, id)) return false;
    if (state.compare[0] == id || state.compare[1] == id) return true;
    state.compare = {state.compare[1], std::string(id)};
    return true;
}

bool set_compare(WidgetState& state, const Catalog& catalog, std::string_view a,
                 std::string_view b) {
    if (a == b || !is_rung_id(catalog, a) || !is_rung_id(catalog, b)) return false;
    state.compare = {std::string(a), std::string(b)};
    return true;
}

bool select_scenario(WidgetState& state, const Catalog& catalog, std::string_view id) {
    const Scenario* scenario = find_scenario(catalog, id);
    if (!scenario) return false;
    state.scenario = *scenario;
    return true;
}

bool set_input(WidgetState& state, std::string_view line_id, std::string_view key, double value,
               Rounding rounding) {
    Line* line = find_line(state.scenario, line_id);
    Input* input = line ? find_input(*line, key) : nullptr;
    const std::string where = std::string(line_id) + "." + std::string(key);
    if (!input) {
        state.warnings.add(line ? "unknown-input" : "unknown-line", where);
        return false;
    }
    if (!std::isfinite(value)) {
        state.warnings.add("bad-number", where, format_round_trip(value));
        return false;
    }
    double clamped = std::clamp(value, input->min, input->max);
    if (clamped != value) state.warnings.add("out-of-range", where, format_round_trip(value));
    const double scale = std::pow(10.0, input->decimals);
    input->value = std::clamp(std::round(clamped * scale) / scale, input->min, input->max);
    // A link's 511.5 GPUs shown as 512 would change the figure without a word; a slider's own
    // positions are rounded on purpose. The tolerance absorbs binary noise (0.1 + 0.2).
    if (rounding == Rounding::Reported && clamped == value &&
        std::fabs(input->value - value) > 1e-9 * std::max(1.0, std::fabs(value)))
        state.warnings.add("rounded", where, format_round_trip(value));
    return true;
}

double display_value(const Input& input, const Currency& currency) {
    return is_money(input.unit) ? input.value * currency.per_usd : input.value;
}

bool set_input_in_display_units(WidgetState& state, const Catalog& catalog,
                                std::string_view line_id, std::string_view key,
                                double shown_value) {
    const Line* line = find_line(state.scenario, line_id);
    const Input* input = line ? find_input(*line, key) : nullptr;
    const bool money = input && is_money(input->unit);
    return set_input(state, line_id, key,
                     money ? shown_value / display_currency(state, catalog).per_usd : shown_value);
}

const Currency& display_currency(const WidgetState& state, const Catalog& catalog) {
    static const Currency kUsd{"usd", "$", 1.0, {}};
    if (const Currency* currency = find_currency(catalog, state.currency)) return *currency;
    return catalog.currencies.empty() ? kUsd : catalog.currencies.front();
}

} // namespace aicost
