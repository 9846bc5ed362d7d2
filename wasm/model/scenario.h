#pragma once
// Scenarios as editors write them in assets/scenarios.json: lines with inputs and sources.

#include "model/cost_model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aicost {

enum class Lang { Fr, En };

std::string_view lang_code(Lang lang);
std::optional<Lang> parse_lang(std::string_view code);

// A text in both languages of the widget.
struct LocalizedText {
    std::string fr;
    std::string en;
    const std::string& in(Lang lang) const { return lang == Lang::Fr ? fr : en; }
};

// Where a figure comes from. `locator` points inside the document (a table, a page).
struct Source {
    std::string publisher;
    std::string title;
    std::string date; // ISO 8601, as precise as the source is
    std::string url;
    LocalizedText locator;
};

struct Input {
    std::string key; // e.g. "gpus"; its InputSpec gives unit and range
    double value = 0.0;
    double default_value = 0.0;
    double min = 0.0;
    double max = 0.0;
    bool logarithmic = false;
    int decimals = 0;
    InputUnit unit = InputUnit::Gpus;
};

struct Line {
    std::string id;
    LineKind kind = LineKind::Rental;
    LocalizedText label;
    std::vector<Input> inputs;
    Source source;
};

// A figure as the press or a paper published it, to compare with what the model computes.
struct PublishedFigure {
    double usd = 0.0;
    LocalizedText label;
    Source source;
};

struct Scenario {
    std::string id;
    LocalizedText title;
    LocalizedText summary;
    std::vector<Line> lines;
    std::optional<PublishedFigure> published;
    // When the source rounded each line's GPU-hours before pricing (Nature: to thousands).
    double table_rounding_gpu_hours = 0.0;
    double gpu_count = 0.0; // cluster size the scenario describes, for context only (0: none)
};

struct Currency {
    std::string code;   // "usd", "eur", "cny"
    std::string symbol; // "$", "€", "¥"
    double per_usd = 1.0;
    Source source;
};

struct Catalog {
    std::vector<Scenario> scenarios;
    std::vector<Currency> currencies; // the first is USD
};

const Input* find_input(const Line& line, std::string_view key);
Input* find_input(Line& line, std::string_view key);
const Line* find_line(const Scenario& scenario, std::string_view id);
Line* find_line(Scenario& scenario, std::string_view id);
const Scenario* find_scenario(const Catalog& catalog, std::string_view id);
const Currency* find_currency(const Catalog& catalog, std::string_view code);

// The value of an input, or 0 when the line lacks it.
double input_value(const Line& line, std::string_view key);

// "rental", "purchase", "power", "staff", "yearly", "ownership": the names editors write.
std::string_view line_kind_name(LineKind kind);
std::optional<LineKind> parse_line_kind(std::string_view name);

// GPU-hours a rental or ownership line accounts for (0 for other kinds).
double line_gpu_hours(const Line& line);
double line_usd(const Line& line);
double scenario_gpu_hours(const Scenario& scenario);
double scenario_total_usd(const Scenario& scenario);
// The total as the source's table computes it: each line's GPU-hours rounded first.
double scenario_table_usd(const Scenario& scenario);

} // namespace aicost
