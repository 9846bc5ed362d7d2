#include "model/scenario.h"

namespace aicost {

std::string_view lang_code(Lang lang) {
    return lang == Lang::Fr ? "fr" : "en";
}

std::optional<Lang> parse_lang(std::string_view code) {
    if (code == "fr") return Lang::Fr;
    if (code == "en") return Lang::En;
    return std::nullopt;
}

const Input* find_input(const Line& line, std::string_view key) {
    for (const Input& input : line.inputs)
        if (input.key == key) return &input;
    return nullptr;
}

Input* find_input(Line& line, std::string_view key) {
    return const_cast<Input*>(find_input(static_cast<const Line&>(line), key));
}

const Line* find_line(const Scenario& scenario, std::string_view id) {
    for (const Line& line : scenario.lines)
        if (line.id == id) return &line;
    return nullptr;
}

Line* find_line(Scenario& scenario, std::string_view id) {
    return const_cast<Line*>(find_line(static_cast<const Scenario&>(scenario), id));
}

const Scenario* find_scenario(const Catalog& catalog, std::string_view id) {
    for (const Scenario& scenario : catalog.scenarios)
        if (scenario.id == id) return &scenario;
    return nullptr;
}

const Currency* find_currency(const Catalog& catalog, std::string_view code) {
    for (const Currency& currency : catalog.currencies)
        if (currency.code == code) return &currency;
    return nullptr;
}

double input_value(const Line& line, std::string_view key) {
    const Input* input = find_input(line, key);
    return input ? input->value : 0.0;
}

double line_gpu_hours(const Line& line) {
    if (find_input(line, "gpu_hours")) return input_value(line, "gpu_hours");
    return input_value(line, "gpus") * input_value(line, "hours");
}

double line_usd(const Line& line) {
    switch (line.kind) {
    case LineKind::Rental:
        if (find_input(line, "gpu_hours"))
            return rental_usd_from_gpu_hours(input_value(line, "gpu_hours"),
                                             input_value(line, "usd_per_gpu_hour"));
        return rental_usd(input_value(line, "gpus"), input_value(line, "hours"),
                          input_value(line, "usd_per_gpu_hour"));
    }
    return 0.0;
}

double scenario_gpu_hours(const Scenario& scenario) {
    double total = 0.0;
    for (const Line& line : scenario.lines)
        total += line_gpu_hours(line);
    return total;
}

double scenario_total_usd(const Scenario& scenario) {
    double total = 0.0;
    for (const Line& line : scenario.lines)
        total += line_usd(line);
    return total;
}

double scenario_table_usd(const Scenario& scenario) {
    double total = 0.0;
    for (const Line& line : scenario.lines)
        total += rental_usd_from_gpu_hours(
            round_to_step(line_gpu_hours(line), scenario.table_rounding_gpu_hours),
            input_value(line, "usd_per_gpu_hour"));
    return total;
}

} // namespace aicost
