#include "model/widget_state.h"

#include "model/equation.h"
#include "model/number_format.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace aicost {

WidgetState default_state(const Catalog& catalog, Lang lang) {
    WidgetState state;
    state.lang = lang;
    if (!catalog.scenarios.empty()) state.scenario = catalog.scenarios.front();
    return state;
}

bool select_scenario(WidgetState& state, const Catalog& catalog, std::string_view id) {
    const Scenario* scenario = find_scenario(catalog, id);
    if (!scenario) return false;
    state.scenario = *scenario;
    return true;
}

bool set_input(WidgetState& state, std::string_view line_id, std::string_view key, double value) {
    Line* line = find_line(state.scenario, line_id);
    Input* input = line ? find_input(*line, key) : nullptr;
    const std::string where = std::string(line_id) + "." + std::string(key);
    if (!input) {
        state.warnings.push_back({line ? "unknown-input" : "unknown-line", where, ""});
        return false;
    }
    if (!std::isfinite(value)) {
        state.warnings.push_back({"bad-number", where, format_round_trip(value)});
        return false;
    }
    double clamped = std::clamp(value, input->min, input->max);
    if (clamped != value)
        state.warnings.push_back({"out-of-range", where, format_round_trip(value)});
    const double scale = std::pow(10.0, input->decimals);
    input->value = std::clamp(std::round(clamped * scale) / scale, input->min, input->max);
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

void apply_state_json(WidgetState& state, const Catalog& catalog, std::string_view json_text) {
    using Json = nlohmann::json;
    state.warnings.clear();
    Json root = Json::parse(json_text.begin(), json_text.end(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        state.warnings.push_back({"invalid-state", "", ""});
        return;
    }
    auto string_member = [&](const char* key, std::string& out) {
        auto it = root.find(key);
        if (it == root.end()) return false;
        if (!it->is_string()) {
            state.warnings.push_back({"bad-value", key, it->dump().substr(0, 40)});
            return false;
        }
        out = it->get<std::string>();
        return true;
    };
    std::string value;
    if (string_member("scenario", value) && value != state.scenario.id &&
        !select_scenario(state, catalog, value))
        state.warnings.push_back({"unknown-scenario", "scenario", value.substr(0, 40)});
    if (string_member("lang", value)) {
        if (auto lang = parse_lang(value))
            state.lang = *lang;
        else
            state.warnings.push_back({"bad-lang", "lang", value.substr(0, 40)});
    }
    if (string_member("currency", value)) {
        if (find_currency(catalog, value))
            state.currency = value;
        else
            state.warnings.push_back({"bad-currency", "currency", value.substr(0, 40)});
    }
    auto lines = root.find("lines");
    if (lines == root.end()) return;
    if (!lines->is_array()) {
        state.warnings.push_back({"bad-value", "lines", ""});
        return;
    }
    for (const Json& line : *lines) {
        auto id = line.is_object() ? line.find("id") : line.end();
        auto inputs = line.is_object() ? line.find("inputs") : line.end();
        if (id == line.end() || !id->is_string() || inputs == line.end() || !inputs->is_object()) {
            state.warnings.push_back({"bad-value", "lines", line.dump().substr(0, 40)});
            continue;
        }
        const std::string line_id = id->get<std::string>();
        for (auto it = inputs->begin(); it != inputs->end(); ++it) {
            if (!it->is_number()) {
                state.warnings.push_back(
                    {"bad-number", line_id + "." + it.key(), it->dump().substr(0, 40)});
                continue;
            }
            set_input(state, line_id, it.key(), it->get<double>());
        }
    }
}

const Currency& display_currency(const WidgetState& state, const Catalog& catalog) {
    static const Currency kUsd{"usd", "$", 1.0, {}};
    if (const Currency* currency = find_currency(catalog, state.currency)) return *currency;
    return catalog.currencies.empty() ? kUsd : catalog.currencies.front();
}

std::string warning_message(const Warning& warning, const Strings& strings, Lang lang) {
    return fill(text(strings, lang, "warning." + warning.code),
                {{"key", warning.key}, {"value", warning.value}});
}

std::string result_sentence(const WidgetState& state, const Catalog& catalog,
                            const Strings& strings) {
    const Lang lang = state.lang;
    const Currency& currency = display_currency(state, catalog);
    std::string sentence =
        fill(text(strings, lang, "sentence.total"),
             {{"scenario", state.scenario.title.in(lang)},
              {"total", format_money(scenario_total_usd(state.scenario), currency, lang)},
              {"gpu_hours", format_number(scenario_gpu_hours(state.scenario), 0, lang)}});
    for (const Line& line : state.scenario.lines)
        sentence += " " + line.label.in(lang) + text(strings, lang, "colon") +
                    line_equation(line, currency, lang, strings) + ".";
    if (state.scenario.published) sentence += " " + state.scenario.published->label.in(lang) + ".";
    return sentence;
}

std::string state_json(const WidgetState& state, const Catalog& catalog, const Strings& strings,
                       std::string_view permalink) {
    using Json = nlohmann::ordered_json;
    const Scenario& scenario = state.scenario;
    Json lines = Json::array();
    for (const Line& line : scenario.lines) {
        Json inputs = Json::object();
        for (const Input& input : line.inputs)
            inputs[input.key] = input.value;
        const Source& source = line.source;
        lines.push_back({{"id", line.id},
                         {"kind", line_kind_name(line.kind)},
                         {"inputs", inputs},
                         {"gpu_hours", line_gpu_hours(line)},
                         {"usd", line_usd(line)},
                         {"label", line.label.in(state.lang)},
                         {"equation", line_equation(line, display_currency(state, catalog),
                                                    state.lang, strings)},
                         {"source",
                          {{"publisher", source.publisher},
                           {"title", source.title},
                           {"date", source.date},
                           {"url", source.url},
                           {"locator", source.locator.in(state.lang)}}}});
    }
    Json warnings = Json::array();
    for (const Warning& warning : state.warnings)
        warnings.push_back({{"code", warning.code},
                            {"key", warning.key},
                            {"message", warning_message(warning, strings, state.lang)}});
    Json scenarios = Json::array();
    for (const Scenario& entry : catalog.scenarios) {
        Json item = {{"id", entry.id},
                     {"title", entry.title.in(state.lang)},
                     {"default_total_usd", scenario_total_usd(entry)}};
        if (entry.published) item["published_usd"] = entry.published->usd;
        scenarios.push_back(item);
    }
    Json currencies = Json::array();
    for (const Currency& currency : catalog.currencies)
        currencies.push_back(currency.code);

    Json out = {{"scenario", scenario.id},
                {"title", scenario.title.in(state.lang)},
                {"lang", lang_code(state.lang)},
                {"currency", state.currency},
                {"lines", lines},
                {"total_usd", scenario_total_usd(scenario)},
                {"total_gpu_hours", scenario_gpu_hours(scenario)},
                {"table_usd", scenario_table_usd(scenario)},
                {"published_usd", scenario.published ? Json(scenario.published->usd) : Json()},
                {"total_text", format_money(scenario_total_usd(scenario),
                                            display_currency(state, catalog), state.lang)},
                {"sentence", result_sentence(state, catalog, strings)},
                {"permalink", permalink},
                {"warnings", warnings},
                {"scenarios", scenarios},
                {"currencies", currencies}};
    // Inputs are clamped, so every number here is finite; dump() would write null otherwise.
    return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace aicost
