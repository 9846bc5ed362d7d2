// The table of line kinds (line_kinds.cpp), entry by entry: each kind parses from the least a line
// of it can say, computes its worked example through its entry, and reads as an equation ending
// in its own figure. A kind added to the table without a worked example here fails these tests.

#include "model/catalog_json.h"
#include "model/equation.h"
#include "model/line_kinds.h"
#include "model/number_format.h"
#include "test_assets.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>
#include <sstream>

using namespace aicost;
using aicost::testing::shipped_strings;

namespace {

// A value for each input a kind may need, within its range and decimals.
const std::map<std::string_view, double> kSampleValues = {
    {"gpu_hours", 5000}, {"usd_per_gpu_hour", 2},
    {"units", 10000},    {"usd_per_unit", 33800},
    {"watts", 700},      {"pue", 1.25},
    {"hours", 1000},     {"usd_per_kwh", 0.08},
    {"people", 150},     {"usd_per_year", 500000},
    {"years", 4},        {"depreciation_per_year", 0.322},
};

// Each kind's minimal line at the sample values, worked out by hand.
const std::map<std::string_view, double> kWorkedExamples = {
    {"rental", 5000 * 2.0},
    {"purchase", 10000 * 33800.0},
    {"power", 10000 * 0.7 * 1.25 * 1000 * 0.08},
    {"staff", 150 * 500000.0 * 4},
    {"yearly", 500000 * 4.0},
    {"ownership", 5000 * 33800 * 0.322 / 8766},
};

const Currency kDollars{"usd", "$", 1.0, {}};

std::string document(std::string_view kind, const std::string& inputs) {
    return R"({"format": 1,
      "sources": {"s": {"publisher": "P", "title": "T", "date": "2025", "url": "https://example.org"}},
      "currencies": [{"code": "usd", "symbol": "$", "per_usd": 1}],
      "scenarios": [{"id": "a", "title": {"fr": "A", "en": "A"}, "summary": {"fr": "", "en": ""},
        "lines": [{"id": "l", "kind": ")" +
           std::string(kind) + R"(", "label": {"fr": "L", "en": "L"}, "source": "s", "inputs": )" +
           inputs + "}]}]}";
}

// The inputs a line of `kind` cannot do without: its required ones, and GPU-hours if it takes
// them. `extra` is written last as it is.
std::string minimal_inputs(const LineKindSpec& kind, const std::string& extra = "") {
    std::ostringstream json;
    json << "{";
    const char* comma = "";
    auto add = [&](std::string_view key) {
        auto sample = kSampleValues.find(key);
        EXPECT_NE(sample, kSampleValues.end()) << "no sample value for \"" << key << "\"";
        json << comma << '"' << key
             << "\": " << (sample == kSampleValues.end() ? 1 : sample->second);
        comma = ", ";
    };
    if (kind.gpu_hours != GpuHours::None) add("gpu_hours");
    for (const KindInput& input : kind.inputs)
        if (input.need == Need::Required) add(input.key);
    if (!extra.empty()) json << comma << extra;
    json << "}";
    return json.str();
}

std::string errors(const CatalogParse& parse) {
    std::string all;
    for (const std::string& error : parse.errors)
        all += error + "\n";
    return all;
}

// The kind's minimal line, read as scenarios.json would give it.
Line minimal_line(const LineKindSpec& kind) {
    const CatalogParse parse = parse_catalog(document(kind.name, minimal_inputs(kind)));
    EXPECT_TRUE(parse.ok()) << kind.name << ":\n" << errors(parse);
    return parse.ok() ? parse.catalog.scenarios[0].lines[0] : Line{};
}

bool has_error(const CatalogParse& parse, const std::string& error) {
    for (const std::string& e : parse.errors)
        if (e == error) return true;
    return false;
}

// "a rental line", "an ownership line", as errors name a line of the kind.
std::string a_line_of(const LineKindSpec& kind) {
    const bool vowel = std::string_view("aeiou").find(kind.name.front()) != std::string_view::npos;
    return (vowel ? "an " : "a ") + std::string(kind.name) + " line";
}

std::vector<std::string> known_keys() {
    std::vector<std::string> keys;
    std::istringstream list(known_input_keys());
    for (std::string key; std::getline(list >> std::ws, key, ',');)
        keys.push_back(key);
    return keys;
}

} // namespace

TEST(LineKindTable, EveryKindParsesFromItsMinimalLine) {
    for (const LineKindSpec& kind : line_kinds()) {
        const CatalogParse parse = parse_catalog(document(kind.name, minimal_inputs(kind)));
        EXPECT_TRUE(parse.ok()) << kind.name << ":\n" << errors(parse);
        if (parse.ok()) {
            EXPECT_EQ(parse.catalog.scenarios[0].lines[0].kind, kind.value);
        }
    }
}

TEST(LineKindTable, EveryKindComputesItsWorkedExampleThroughItsEntry) {
    for (const LineKindSpec& kind : line_kinds()) {
        auto example = kWorkedExamples.find(kind.name);
        if (example == kWorkedExamples.end()) {
            ADD_FAILURE() << "add a worked example for the kind \"" << kind.name << "\"";
            continue;
        }
        const Line line = minimal_line(kind);
        EXPECT_DOUBLE_EQ(line_usd(line), example->second) << kind.name;
        EXPECT_DOUBLE_EQ(kind.usd({line, kind, line_gpu_hours(line)}), example->second)
            << kind.name;
    }
}

TEST(LineKindTable, EveryKindsEquationEndsInItsOwnFigure) {
    for (const LineKindSpec& kind : line_kinds())
        for (const Lang& lang : aicost::testing::shipped_catalog().languages) {
            const Line line = minimal_line(kind);
            const std::string equation = line_equation(line, kDollars, lang, shipped_strings());
            const std::string figure = " = " + format_money(line_usd(line), kDollars, lang);
            ASSERT_GT(equation.size(), figure.size()) << kind.name;
            EXPECT_EQ(equation.substr(equation.size() - figure.size()), figure) << kind.name;
        }
}

TEST(LineKindTable, NamesRoundTripForEveryEntry) {
    std::set<std::string_view> names;
    for (const LineKindSpec& kind : line_kinds()) {
        EXPECT_EQ(parse_line_kind(kind.name), kind.value) << kind.name;
        EXPECT_EQ(line_kind_name(kind.value), kind.name);
        EXPECT_EQ(&line_kind(kind.value), &kind) << kind.name;
        EXPECT_TRUE(names.insert(kind.name).second) << kind.name << " is named twice";
    }
}

TEST(LineKindTable, EntriesFollowTheEnumsOrder) {
    for (size_t i = 0; i < line_kinds().size(); ++i)
        EXPECT_EQ(line_kinds()[i].value, static_cast<LineKind>(i)) << line_kinds()[i].name;
}

TEST(LineKindTable, EveryInputOfAKindIsAnInputSpec) {
    for (const LineKindSpec& kind : line_kinds())
        for (const KindInput& input : kind.inputs) {
            EXPECT_NE(find_input_spec(input.key), nullptr) << kind.name << "." << input.key;
            // A kind with GPU-hours is given them either way: it cannot also need "hours".
            if (kind.gpu_hours != GpuHours::None) {
                EXPECT_FALSE(is_gpu_hours_key(input.key)) << kind.name << "." << input.key;
            }
        }
}

TEST(LineKindTable, AnInputNotOfTheKindIsAnErrorAtItsPath) {
    for (const LineKindSpec& kind : line_kinds())
        for (const std::string& key : known_keys()) {
            if (find_kind_input(kind, key) ||
                (kind.gpu_hours != GpuHours::None && is_gpu_hours_key(key)))
                continue;
            const CatalogParse parse =
                parse_catalog(document(kind.name, minimal_inputs(kind, "\"" + key + "\": 1")));
            EXPECT_TRUE(has_error(parse, "scenarios[0].lines[0].inputs." + key +
                                             ": is not an input of " + a_line_of(kind)))
                << kind.name << "." << key << ":\n"
                << errors(parse);
        }
}

TEST(LineKindTable, AMistypedInputIsAnErrorAtItsPathAndTheRightOneIsMissed) {
    for (const LineKindSpec& kind : line_kinds())
        for (const KindInput& input : kind.inputs) {
            if (input.need != Need::Required) continue;
            std::string text = document(kind.name, minimal_inputs(kind));
            const std::string key(input.key), typo = key + "s";
            text.replace(text.find("\"" + key + "\""), key.size() + 2, "\"" + typo + "\"");
            const CatalogParse parse = parse_catalog(text);
            EXPECT_TRUE(has_error(parse, "scenarios[0].lines[0].inputs." + typo +
                                             ": unknown input (known: " + known_input_keys() + ")"))
                << kind.name << "." << typo << ":\n"
                << errors(parse);
            EXPECT_TRUE(has_error(parse, "scenarios[0].lines[0].inputs: " + a_line_of(kind) +
                                             " needs \"" + key + "\""))
                << kind.name << "." << typo << ":\n"
                << errors(parse);
        }
}

TEST(KindValues, AKeyTheKindDoesNotListReadsAsNaN) {
    // An arithmetic that misspelt a key would give "—", and its worked example would fail.
    const LineKindSpec& kind = line_kind(LineKind::Purchase);
    const Line line = minimal_line(kind);
    const KindValues values{line, kind, 0.0};
    EXPECT_TRUE(std::isnan(values["usd_per_units"]));
    EXPECT_TRUE(std::isnan(values["watts"]));
}

TEST(KindValues, AnOptionalInputLeftOutCountsAsItsAbsentValue) {
    const LineKindSpec& kind = line_kind(LineKind::Purchase);
    const Line line = minimal_line(kind);
    ASSERT_EQ(find_input(line, "overhead_share"), nullptr);
    const KindValues values{line, kind, 0.0};
    EXPECT_EQ(values["overhead_share"], 0.0);
}

TEST(KindValues, ARequiredInputLeftOutReadsAsNaN) {
    const LineKindSpec& kind = line_kind(LineKind::Staff);
    Line line = minimal_line(kind);
    line.inputs.erase(line.inputs.begin());
    const KindValues values{line, kind, 0.0};
    EXPECT_TRUE(std::isnan(values["people"]));
}

TEST(EnumNames, EveryEntryRoundTrips) {
    for (const auto& entry : kPrecisionNames) {
        EXPECT_EQ(precision_name(entry.value), entry.name);
        EXPECT_EQ(parse_precision(entry.name), entry.value);
    }
}

TEST(EnumNames, ANameIsReadExactly) {
    EXPECT_FALSE(parse_line_kind("Rental").has_value());
    EXPECT_FALSE(parse_precision("More-than").has_value());
}

TEST(EnumNames, ListedForMessages) {
    const std::string precisions = list_names(kPrecisionNames, " or ", true);
    EXPECT_EQ(precisions, "\"exact\", \"about\" or \"more-than\"");
    EXPECT_EQ(list_names(line_kinds()), "rental, purchase, power, staff, yearly, ownership");
}
