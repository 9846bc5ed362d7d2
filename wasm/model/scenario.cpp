#include "model/scenario.h"

#include <cmath>

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
    if (scenario.owning && scenario.owning->id == id) return &*scenario.owning;
    return nullptr;
}

std::vector<const Line*> adjustable_lines(const Scenario& scenario) {
    std::vector<const Line*> lines;
    for (const Line& line : scenario.lines)
        lines.push_back(&line);
    if (scenario.owning) lines.push_back(&*scenario.owning);
    return lines;
}

bool differs_from_defaults(const Scenario& scenario) {
    for (const Line* line : adjustable_lines(scenario))
        for (const Input& input : line->inputs)
            if (input.value != input.default_value) return true;
    return false;
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

const Marker* find_marker(const Catalog& catalog, std::string_view id) {
    for (const Marker& marker : catalog.markers)
        if (marker.id == id) return &marker;
    return nullptr;
}

double input_value(const Line& line, std::string_view key) {
    const Input* input = find_input(line, key);
    return input ? input->value : 0.0;
}

double line_gpu_hours(const Line& line) {
    if (line.kind != LineKind::Rental && line.kind != LineKind::Ownership) return 0.0;
    if (find_input(line, "gpu_hours")) return input_value(line, "gpu_hours");
    return input_value(line, "gpus") * input_value(line, "hours");
}

namespace {

// An ownership line charged for `gpu_hours`: its own, or a scenario's for the owning comparison.
double ownership_line_usd(const Line& line, double gpu_hours) {
    auto v = [&](std::string_view key) { return input_value(line, key); };
    // Energy is optional: Epoch AI adds it, a hardware-only estimate leaves it out.
    const double energy = find_input(line, "watts")
                              ? power_usd(1.0, v("watts"), v("pue"), gpu_hours, v("usd_per_kwh"))
                              : 0.0;
    return ownership_usd(gpu_hours, v("usd_per_unit"), v("depreciation_per_year"),
                         v("interconnect_share")) +
           energy;
}

} // namespace

double line_usd(const Line& line) {
    auto v = [&](std::string_view key) { return input_value(line, key); };
    switch (line.kind) {
    case LineKind::Rental:
        return rental_usd_from_gpu_hours(line_gpu_hours(line), v("usd_per_gpu_hour"));
    case LineKind::Purchase:
        return purchase_usd(v("units"), v("usd_per_unit"), v("overhead_share"));
    case LineKind::Power:
        return power_usd(v("units"), v("watts"), v("pue"), v("hours"), v("usd_per_kwh"));
    case LineKind::Staff:
        return staff_usd(v("people"), v("usd_per_year"), v("years"));
    case LineKind::Yearly:
        return yearly_usd(v("usd_per_year"), v("years"));
    case LineKind::Ownership:
        return ownership_line_usd(line, line_gpu_hours(line));
    }
    return 0.0;
}

std::string_view line_kind_name(LineKind kind) {
    switch (kind) {
    case LineKind::Rental:
        return "rental";
    case LineKind::Purchase:
        return "purchase";
    case LineKind::Power:
        return "power";
    case LineKind::Staff:
        return "staff";
    case LineKind::Yearly:
        return "yearly";
    case LineKind::Ownership:
        return "ownership";
    }
    return "rental";
}

std::optional<LineKind> parse_line_kind(std::string_view name) {
    for (LineKind kind : {LineKind::Rental, LineKind::Purchase, LineKind::Power, LineKind::Staff,
                          LineKind::Yearly, LineKind::Ownership})
        if (line_kind_name(kind) == name) return kind;
    return std::nullopt;
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
        total += line.kind == LineKind::Rental
                     ? rental_usd_from_gpu_hours(
                           round_to_step(line_gpu_hours(line), scenario.table_rounding_gpu_hours),
                           input_value(line, "usd_per_gpu_hour"))
                     : line_usd(line);
    return total;
}

std::string_view precision_name(Precision precision) {
    switch (precision) {
    case Precision::Exact:
        return "exact";
    case Precision::About:
        return "about";
    case Precision::MoreThan:
        return "more-than";
    }
    return "exact";
}

std::optional<Precision> parse_precision(std::string_view name) {
    for (Precision precision : {Precision::Exact, Precision::About, Precision::MoreThan})
        if (precision_name(precision) == name) return precision;
    return std::nullopt;
}

namespace {

// Rounds to `digits` significant digits: 5 870 000 to 1 digit is 6 000 000.
double round_significant(double value, int digits) {
    if (value == 0.0) return 0.0;
    const double step = std::pow(10.0, std::floor(std::log10(std::fabs(value))) - digits + 1);
    return std::round(value / step) * step;
}

// The significant digits a published figure is given with: 6 000 000 has 1, 1 600 000 000 has 2.
int significant_digits(double value) {
    for (int digits = 1; digits < 15; ++digits)
        if (std::fabs(round_significant(value, digits) - value) <= 1e-9 * std::fabs(value))
            return digits;
    return 15;
}

} // namespace

bool reproduces(double computed_usd, double published_usd, Precision precision) {
    if (!std::isfinite(computed_usd) || !(published_usd > 0.0)) return false;
    switch (precision) {
    case Precision::Exact:
        return std::fabs(computed_usd - published_usd) <= published_usd * 0.01;
    case Precision::About: { // rounded as the source rounded, it is the published figure
        const double rounded = round_significant(computed_usd, significant_digits(published_usd));
        return std::fabs(rounded - published_usd) <= published_usd * 1e-9;
    }
    case Precision::MoreThan:
        return computed_usd >= published_usd * 0.99;
    }
    return false;
}

double published_computed_usd(const Scenario& scenario, const PublishedFigure& figure) {
    if (figure.line_ids.empty())
        return scenario.table_rounding_gpu_hours > 0 ? scenario_table_usd(scenario)
                                                     : scenario_total_usd(scenario);
    double total = 0.0;
    for (const std::string& id : figure.line_ids)
        for (const Line& line : scenario.lines)
            if (line.id == id) total += line_usd(line);
    return total;
}

double owning_usd_per_gpu_hour(const Line& owning) {
    return ownership_line_usd(owning, 1.0);
}

double owning_usd(const Scenario& scenario) {
    if (!scenario.owning) return 0.0;
    return scenario_gpu_hours(scenario) * owning_usd_per_gpu_hour(*scenario.owning);
}

} // namespace aicost
