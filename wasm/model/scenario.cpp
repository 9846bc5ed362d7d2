#include "model/scenario.h"

#include <cmath>
#include <limits>

namespace aicost {

const std::string& LocalizedText::in(std::string_view code) const {
    static const std::string kNone;
    for (const auto& [language, text] : texts)
        if (language == code) return text;
    return texts.empty() ? kNone : texts.front().second;
}

void LocalizedText::set(std::string_view code, std::string text) {
    for (auto& [language, existing] : texts)
        if (language == code) {
            existing = std::move(text);
            return;
        }
    texts.emplace_back(std::string(code), std::move(text));
}

bool LocalizedText::empty() const {
    for (const auto& entry : texts)
        if (!entry.second.empty()) return false;
    return true;
}

const Lang* find_lang(const Catalog& catalog, std::string_view code) {
    return find_lang(catalog.languages, code);
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

bool is_owning_line(const Scenario& scenario, const Line* line) {
    return scenario.owning && line == &*scenario.owning;
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

double line_gpu_hours(const Line& line) {
    if (line_kind(line.kind).gpu_hours == GpuHours::None) return 0.0;
    if (const Input* gpu_hours = find_input(line, "gpu_hours")) return gpu_hours->value;
    const Input* gpus = find_input(line, "gpus");
    const Input* hours = find_input(line, "hours");
    return gpus && hours ? gpus->value * hours->value : std::numeric_limits<double>::quiet_NaN();
}

namespace {

// A line charged for `gpu_hours`: its own, rounded as a table rounds them, or a scenario's for
// the owning comparison.
double line_usd_for(const Line& line, double gpu_hours) {
    const LineKindSpec& kind = line_kind(line.kind);
    return kind.usd({line, kind, gpu_hours});
}

} // namespace

double line_usd(const Line& line) {
    const bool takes_gpu_hours = line_kind(line.kind).gpu_hours != GpuHours::None;
    return line_usd_for(line, takes_gpu_hours ? line_gpu_hours(line)
                                              : std::numeric_limits<double>::quiet_NaN());
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
        total += line_kind(line.kind).gpu_hours == GpuHours::Rounded
                     ? line_usd_for(line, round_to_step(line_gpu_hours(line),
                                                        scenario.table_rounding_gpu_hours))
                     : line_usd(line);
    return total;
}

std::string_view precision_name(Precision precision) {
    return enum_name(kPrecisionNames, precision);
}

std::optional<Precision> parse_precision(std::string_view name) {
    return parse_enum(kPrecisionNames, name);
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
    return line_usd_for(owning, 1.0);
}

double owning_usd(const Scenario& scenario) {
    if (!scenario.owning) return 0.0;
    return scenario_gpu_hours(scenario) * owning_usd_per_gpu_hour(*scenario.owning);
}

} // namespace aicost
