#pragma once
// Scenarios as editors write them in assets/scenarios.json: lines with inputs and sources.

#include "model/cost_model.h"
#include "model/enum_names.h"
#include "model/language.h"
#include "model/line_kinds.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aicost {

// A text in each language its data gives ("fr", "en", …), in the file's order.
struct LocalizedText {
    std::vector<std::pair<std::string, std::string>> texts;

    // The text in `lang`; in the first language given when it has none (a language being added),
    // and "" when there is no text at all.
    const std::string& in(const Lang& lang) const { return in(lang.code); }
    const std::string& in(std::string_view code) const;
    void set(std::string_view code, std::string text);
    // True when no language has a text.
    bool empty() const;
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
    bool assumed = false; // the source gives no such figure: the value is ours, see Line::note
};

struct Line {
    std::string id;
    LineKind kind = LineKind::Rental;
    LocalizedText label;
    std::vector<Input> inputs;
    Source source;
    std::vector<Source> more_sources; // where the line's other figures come from
    LocalizedText note; // why the assumed inputs have their values; empty when none is assumed
};

// How closely a source states its figure, and so what "reproduced" means.
enum class Precision {
    Exact,    // "$5.576M": the computed figure is within 1%
    About,    // "~$1.6B", "$6 million or so": rounded as the source rounded, it is the figure
    MoreThan, // ">$500M": the computed figure is at least the published one (less 1%)
};

inline constexpr EnumName<Precision> kPrecisionNames[] = {
    {Precision::Exact, "exact"}, {Precision::About, "about"}, {Precision::MoreThan, "more-than"}};

std::string_view precision_name(Precision precision);
std::optional<Precision> parse_precision(std::string_view name);
bool reproduces(double computed_usd, double published_usd, Precision precision);

// A figure as the press or a paper published it, to compare with what the model computes.
struct PublishedFigure {
    double usd = 0.0;
    Precision precision = Precision::Exact;
    LocalizedText label;
    std::string quote; // the source's own words, short, in its language (may be empty)
    Source source;
    std::vector<std::string> line_ids; // the lines this figure covers; empty: all of them
};

// A published figure the widget does not compute (GPT-4, Stargate), only places on the ladder.
struct Marker {
    std::string id;
    LocalizedText label; // short, for the ladder
    double usd = 0.0;
    Precision precision = Precision::Exact;
    std::string quote;
    Source source;
};

struct Scenario {
    std::string id;
    LocalizedText title;
    LocalizedText summary;
    LocalizedText short_title; // for the ladder
    std::vector<Line> lines;
    // What the sources published; the first is the scenario's headline figure on the ladder.
    std::vector<PublishedFigure> published;
    // Owning the GPUs instead of renting them, in the manner of Epoch AI: an ownership line
    // without GPU-hours of its own, charged the scenario's GPU-hours. Not part of the total.
    std::optional<Line> owning;
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
    // The languages its texts are read in: strings.json's, given to parse_catalog.
    std::vector<Lang> languages;
    std::vector<Scenario> scenarios;
    std::vector<Currency> currencies; // the first is USD
    std::vector<Marker> markers;
    // The ladder's two rungs compared when the reader has picked none (scenario or marker ids).
    std::string compare_default[2];
};

// The catalog's language with this code; nullptr when there is none.
const Lang* find_lang(const Catalog& catalog, std::string_view code);

const Input* find_input(const Line& line, std::string_view key);
Input* find_input(Line& line, std::string_view key);
// Finds a line of the scenario, or its owning line (id "owning").
const Line* find_line(const Scenario& scenario, std::string_view id);
Line* find_line(Scenario& scenario, std::string_view id);
// Every line a reader can adjust: the scenario's lines, then its owning line.
std::vector<const Line*> adjustable_lines(const Scenario& scenario);
// Whether `line` (one of adjustable_lines) is the scenario's owning line.
bool is_owning_line(const Scenario& scenario, const Line* line);
// Whether any input of those lines differs from its published value.
bool differs_from_defaults(const Scenario& scenario);
const Scenario* find_scenario(const Catalog& catalog, std::string_view id);
const Currency* find_currency(const Catalog& catalog, std::string_view code);
const Marker* find_marker(const Catalog& catalog, std::string_view id);

// The GPU-hours a line accounts for: 0 for a kind without them (line_kinds.h), NaN for a line
// that lacks them (only a hand-built one can: the parser refuses it).
double line_gpu_hours(const Line& line);
// A line's cost, through its kind's entry in line_kinds(): NaN (shown "—") for a line that lacks
// an input its kind needs, never 0.
double line_usd(const Line& line);
double scenario_gpu_hours(const Scenario& scenario);
double scenario_total_usd(const Scenario& scenario);
// The total as the source's table computes it: each line's GPU-hours rounded first.
double scenario_table_usd(const Scenario& scenario);
// What a published figure's lines cost now (with the table's rounding when the scenario has one).
double published_computed_usd(const Scenario& scenario, const PublishedFigure& figure);

// The scenario's GPU-hours on owned hardware (0 when it has no owning line).
double owning_usd(const Scenario& scenario);
// The owning line's cost of one GPU-hour: hardware, interconnect and energy.
double owning_usd_per_gpu_hour(const Line& owning);

} // namespace aicost
