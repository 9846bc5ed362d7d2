#include "model/equation.h"
#include "model/number_format.h"
#include "model/partial_state.h"
#include "model/state_snapshot.h"
#include "model/view_texts.h"
#include "model/widget_state.h"
#include "test_assets.h"

#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

using namespace aicost;
using aicost::testing::fresh;
using aicost::testing::shipped_catalog;
using aicost::testing::shipped_strings;

namespace {
nlohmann::json get_state(const WidgetState& state) {
    return nlohmann::json::parse(state_json(state, shipped_catalog(), shipped_strings(), "link"));
}
} // namespace

TEST(WidgetState, DefaultIsTheFirstScenario) {
    EXPECT_EQ(fresh().scenario.id, "r1-nature");
}

TEST(WidgetState, SelectUnknownScenarioChangesNothing) {
    WidgetState state = fresh();
    EXPECT_FALSE(select_scenario(state, shipped_catalog(), "nope"));
    EXPECT_EQ(state.scenario.id, "r1-nature");
}

TEST(WidgetState, SetInputNaNIsRefused) {
    WidgetState state = fresh();
    EXPECT_FALSE(set_input(state, "r1", "hours", std::nan("")));
    EXPECT_EQ(find_input(*find_line(state.scenario, "r1"), "hours")->value, 80);
    ASSERT_EQ(state.warnings.size(), 1u);
    EXPECT_EQ(state.warnings[0].code, "bad-number");
}

TEST(WidgetState, ApplyJsonSetsScenarioLangCurrencyAndInputs) {
    WidgetState state = fresh();
    apply_state_json(state, shipped_catalog(),
                     R"({"scenario": "v3-final-run", "lang": "fr", "currency": "eur",
                         "lines": [{"id": "pretraining", "inputs": {"usd_per_gpu_hour": 3}}]})");
    EXPECT_TRUE(state.warnings.empty());
    EXPECT_EQ(state.scenario.id, "v3-final-run");
    EXPECT_EQ(state.lang, french());
    EXPECT_EQ(state.currency, "eur");
    EXPECT_DOUBLE_EQ(line_usd(state.scenario.lines[0]), 2664000.0 * 3);
}

TEST(WidgetState, ApplyJsonKeepsValidPartsOfAPartlyBadState) {
    WidgetState state = fresh();
    apply_state_json(
        state, shipped_catalog(),
        R"({"lang": 7, "lines": [{"id": "r1", "inputs": {"hours": "96", "gpus": 256}}]})");
    EXPECT_EQ(state.warnings.size(), 2u);
    EXPECT_EQ(find_input(*find_line(state.scenario, "r1"), "gpus")->value, 256);
}

TEST(WidgetState, ApplyJsonGarbageChangesNothing) {
    WidgetState state = fresh();
    apply_state_json(state, shipped_catalog(), "<script>alert(1)</script>");
    EXPECT_EQ(state.warnings.size(), 1u);
    EXPECT_EQ(state.scenario.id, "r1-nature");
}

TEST(WidgetState, StateJsonHasTheApiShape) {
    nlohmann::json json = get_state(fresh());
    EXPECT_EQ(json["scenario"], "r1-nature");
    EXPECT_EQ(json["lang"], "en");
    EXPECT_EQ(json["currency"], "usd");
    EXPECT_EQ(json["total_usd"], 294672.0);
    EXPECT_EQ(json["table_usd"], 294000.0);
    EXPECT_EQ(json["lines"][0]["id"], "r1-zero");
    EXPECT_EQ(json["lines"][0]["inputs"]["gpus"], 512.0);
    EXPECT_EQ(json["lines"][1]["inputs"]["gpu_hours"], 5000.0);
    EXPECT_EQ(json["permalink"], "link");
    EXPECT_TRUE(json["warnings"].is_array());
    EXPECT_EQ(json["scenarios"].size(), shipped_catalog().scenarios.size());
}

TEST(WidgetState, StateJsonHasTheLadderAndTheComparedRatio) {
    nlohmann::json json = get_state(fresh());
    ASSERT_TRUE(json["ladder"].is_array());
    EXPECT_EQ(json["ladder"].size(),
              shipped_catalog().scenarios.size() + shipped_catalog().markers.size() + 1);
    EXPECT_EQ(json["compare"]["ids"][0], "semianalysis-fleet");
    EXPECT_NEAR(json["compare"]["ratio"].get<double>(), 266.67, 0.01);
    EXPECT_EQ(json["compare"]["text"], "267\u00D7");
    int current = 0;
    for (const auto& rung : json["ladder"])
        if (rung["computed"] == true) {
            ++current;
            EXPECT_EQ(rung["label"], "Your calculation");
            EXPECT_EQ(rung["usd"], 294672.0);
        }
    EXPECT_EQ(current, 1);
}

TEST(WidgetState, StateJsonHasPublishedFiguresAndOwning) {
    nlohmann::json json = get_state(fresh());
    ASSERT_EQ(json["published"].size(), 1u);
    EXPECT_EQ(json["published"][0]["computed_usd"], 294000.0);
    EXPECT_EQ(json["published"][0]["reproduced"], true);
    EXPECT_EQ(json["owning"]["id"], "owning");
    EXPECT_EQ(json["owning"]["gpu_hours"], 147336.0);
    EXPECT_GT(json["owning"]["usd"].get<double>(), 294672.0);
    EXPECT_EQ(json["theme"], "auto");
}

TEST(WidgetState, StateJsonListsAssumedInputsWithTheirNote) {
    WidgetState state = fresh();
    select_scenario(state, shipped_catalog(), "semianalysis-fleet");
    nlohmann::json json = get_state(state);
    EXPECT_EQ(json["owning"], nullptr);
    EXPECT_EQ(json["lines"][0]["assumed"][0], "usd_per_unit");
    EXPECT_FALSE(json["lines"][0]["note"].get<std::string>().empty());
    EXPECT_EQ(json["published"].size(), 2u);
}

TEST(WidgetState, ApplyJsonSetsTheTheme) {
    WidgetState state = fresh();
    apply_state_json(state, shipped_catalog(), R"({"theme": "dark"})");
    EXPECT_EQ(state.theme, Theme::Dark);
    apply_state_json(state, shipped_catalog(), R"({"theme": "night"})");
    EXPECT_EQ(state.theme, Theme::Dark);
    ASSERT_EQ(state.warnings.size(), 1u);
    EXPECT_EQ(state.warnings[0].code, "bad-theme");
}

TEST(WidgetState, SentenceStatesTheTotalInEachLanguage) {
    WidgetState state = fresh(english());
    EXPECT_NE(result_sentence(state, shipped_catalog(), shipped_strings()).find("$294,672"),
              std::string::npos);
    state.lang = french();
    EXPECT_NE(
        result_sentence(state, shipped_catalog(), shipped_strings()).find("294\u202F672\u00A0$"),
        std::string::npos);
}

TEST(WidgetState, WarningMessagesExistForEveryCode) {
    for (const char* code :
         {"malformed-link", "bad-version",     "unknown-scenario", "unknown-line",
          "unknown-input",  "bad-number",      "out-of-range",     "bad-lang",
          "bad-currency",   "bad-value",       "invalid-state",    "bad-theme",
          "bad-compare",    "rounded",         "key-read-as",      "repeated-key",
          "link-too-long",  "state-too-large", "state-too-deep",   "state-too-many"})
        for (const Lang& lang : shipped_catalog().languages) {
            std::string message = warning_message({code, "k", "v"}, shipped_strings(), lang);
            EXPECT_EQ(message.find("warning."), std::string::npos) << code;
        }
}

TEST(Equation, RentalLineReadsLikeArithmetic) {
    const WidgetState state = fresh();
    const Line& line = state.scenario.lines[0];
    EXPECT_EQ(line_equation(line, shipped_catalog().currencies[0], english(), shipped_strings()),
              "512\u00A0GPU \u00D7 198\u00A0h \u00D7 $2.00 = $202,752");
}

TEST(Equation, GpuHoursLineInFrench) {
    const WidgetState state = fresh();
    const Line& line = state.scenario.lines[1];
    EXPECT_EQ(line_equation(line, shipped_catalog().currencies[0], french(), shipped_strings()),
              "5\u202F000\u00A0h-GPU \u00D7 2,00\u00A0$ = 10\u202F000\u00A0$");
}

TEST(Equation, PurchaseShowsOverheadAsAFactor) {
    Line line;
    line.kind = LineKind::Purchase;
    line.inputs = {{"units", 10000, 10000, 1, 1e7, true, 0, InputUnit::Gpus},
                   {"usd_per_unit", 33800, 33800, 100, 1e6, true, 0, InputUnit::UsdPerUnit},
                   {"overhead_share", 0.5, 0.5, 0, 3, false, 2, InputUnit::Share}};
    EXPECT_EQ(line_equation(line, shipped_catalog().currencies[0], english(), shipped_strings()),
              "10,000\u00A0GPU \u00D7 $33,800/GPU \u00D7 (1 + 50%) = $507,000,000");
}

TEST(Equation, OwnershipDividesByHoursPerYearAndNetworkShare) {
    Line line;
    line.kind = LineKind::Ownership;
    line.inputs = {{"gpu_hours", 1e6, 1e6, 1, 1e10, true, 0, InputUnit::GpuHours},
                   {"usd_per_unit", 30000, 30000, 100, 1e6, true, 0, InputUnit::UsdPerUnit},
                   {"depreciation_per_year", 0.3, 0.3, 0.01, 2, true, 3, InputUnit::PerYear},
                   {"interconnect_share", 0.19, 0.19, 0, 0.9, false, 2, InputUnit::Share}};
    const std::string equation =
        line_equation(line, shipped_catalog().currencies[0], french(), shipped_strings());
    EXPECT_NE(equation.find("\u00F7 (1 \u2212 19\u00A0%)"), std::string::npos) << equation;
    EXPECT_NE(equation.find("\u00F7 8\u202F766\u00A0h\u00A0/\u00A0an"), std::string::npos)
        << equation;
}

TEST(WidgetState, TypedPriceIsConvertedBackFromTheDisplayCurrency) {
    WidgetState state = fresh();
    state.currency = "cny";
    const Currency* cny = find_currency(shipped_catalog(), "cny");
    ASSERT_TRUE(set_input_in_display_units(state, shipped_catalog(), "r1", "usd_per_gpu_hour",
                                           3.0 * cny->per_usd));
    EXPECT_DOUBLE_EQ(find_input(*find_line(state.scenario, "r1"), "usd_per_gpu_hour")->value, 3.0);
}

TEST(WidgetState, TypedCountIsNotConverted) {
    WidgetState state = fresh();
    state.currency = "eur";
    ASSERT_TRUE(set_input_in_display_units(state, shipped_catalog(), "r1", "gpus", 1024));
    EXPECT_EQ(find_input(*find_line(state.scenario, "r1"), "gpus")->value, 1024);
}

TEST(WidgetState, DisplayValueConvertsMoneyOnly) {
    const WidgetState state = fresh();
    const Currency* eur = find_currency(shipped_catalog(), "eur");
    const Line& line = state.scenario.lines[0];
    EXPECT_DOUBLE_EQ(display_value(*find_input(line, "usd_per_gpu_hour"), *eur),
                     2.0 * eur->per_usd);
    EXPECT_DOUBLE_EQ(display_value(*find_input(line, "gpus"), *eur), 512.0);
}

// --- hostile setState() input: bounded before the model sees it --------------------------------

namespace {
std::string nested_array(size_t depth) {
    return std::string(depth, '[') + "1" + std::string(depth, ']');
}

// A state setting `count` inputs that R1's line does not have.
std::string unknown_inputs(int count) {
    std::string inputs;
    for (int i = 0; i < count; ++i)
        inputs += (i ? "," : "") + std::string("\"k") + std::to_string(i) + "\": 1";
    return R"({"lines": [{"id": "r1", "inputs": {)" + inputs + "}}]}";
}
} // namespace

TEST(WidgetState, ApplyJsonRefusesDeepNestingWithAWarningAndStaysUsable) {
    WidgetState state = fresh();
    apply_state_json(state, shipped_catalog(), R"({"lines": [)" + nested_array(7000) + "]}");
    ASSERT_EQ(state.warnings.size(), 1u);
    EXPECT_EQ(state.warnings[0].code, "state-too-deep");
    // The next, normal call works as if nothing had happened.
    apply_state_json(state, shipped_catalog(),
                     R"({"lines": [{"id": "r1", "inputs": {"gpus": 256}}]})");
    EXPECT_TRUE(state.warnings.empty());
    EXPECT_EQ(find_input(*find_line(state.scenario, "r1"), "gpus")->value, 256);
}

TEST(WidgetState, ApplyJsonRefusesDeepNestingWithinTheSizeLimitBeforeBuildingIt) {
    WidgetState state = fresh();
    apply_state_json(state, shipped_catalog(), nested_array(30000)); // 60 KB
    ASSERT_EQ(state.warnings.size(), 1u);
    EXPECT_EQ(state.warnings[0].code, "state-too-deep");
}

TEST(WidgetState, ApplyJsonRefusesATextLargerThanAStateCanBe) {
    WidgetState state = fresh();
    const std::string key(200 * 1024, 'k');
    apply_state_json(state, shipped_catalog(),
                     R"({"lines": [{"id": "r1", "inputs": {")" + key + R"(": 1}}]})");
    ASSERT_EQ(state.warnings.size(), 1u);
    EXPECT_EQ(state.warnings[0].code, "state-too-large");
    EXPECT_EQ(state.scenario.id, "r1-nature");
}

TEST(WidgetState, ApplyJsonRefusesTooManyValues) {
    WidgetState state = fresh();
    apply_state_json(state, shipped_catalog(), unknown_inputs(3000));
    ASSERT_EQ(state.warnings.size(), 1u);
    EXPECT_EQ(state.warnings[0].code, "state-too-many");
}

TEST(WidgetState, ApplyJsonRefusesARepeatedKey) {
    WidgetState state = fresh();
    apply_state_json(state, shipped_catalog(), R"({"scenario": "v3-final-run", "scenario": "x"})");
    ASSERT_EQ(state.warnings.size(), 1u);
    EXPECT_EQ(state.warnings[0].code, "invalid-state");
    EXPECT_EQ(state.scenario.id, "r1-nature");
}

TEST(WidgetState, ApplyJsonWarnsWhenItRoundsAValue) {
    WidgetState state = fresh();
    apply_state_json(state, shipped_catalog(),
                     R"({"lines": [{"id": "r1", "inputs": {"gpus": 511.5}}]})");
    ASSERT_EQ(state.warnings.size(), 1u);
    EXPECT_EQ(state.warnings[0].code, "rounded");
    EXPECT_EQ(state.warnings[0].key, "r1.gpus");
    EXPECT_EQ(state.warnings[0].value, "511.5");
}

TEST(WidgetState, ApplyJsonDoesNotWarnForBinaryNoise) {
    WidgetState state = fresh();
    apply_state_json(
        state, shipped_catalog(),
        R"({"lines": [{"id": "r1", "inputs": {"usd_per_gpu_hour": 2.0000000000000004}}]})");
    EXPECT_TRUE(state.warnings.empty());
}

TEST(WidgetState, SliderValuesAreRoundedWithoutAWarning) {
    WidgetState state = fresh();
    set_input(state, "r1", "gpus", 511.5);
    EXPECT_TRUE(state.warnings.empty());
}

// --- warnings: short, counted, capped ----------------------------------------------------------

TEST(Warnings, KeysAndValuesAreCutShort) {
    Warnings warnings;
    warnings.add("unknown-input", std::string(200000, 'k'), std::string(5000, 'v'));
    EXPECT_EQ(warnings[0].key, std::string(kWarningTextBytes, 'k') + "\u2026");
    EXPECT_EQ(warnings[0].value, std::string(kWarningTextBytes, 'v') + "\u2026");
}

TEST(Warnings, CuttingNeverSplitsACharacter) {
    // "é" is two bytes: 39 ASCII bytes then "é" would be cut in its middle at 40.
    const std::string cut = shorten(std::string(39, 'a') + "\u00e9\u00e9");
    EXPECT_EQ(cut, std::string(39, 'a') + "\u2026");
}

TEST(Warnings, TheFirstAreKeptAndAllAreCounted) {
    Warnings warnings;
    for (int i = 0; i < 5000; ++i)
        warnings.add("unknown-input", "r1.k" + std::to_string(i));
    EXPECT_EQ(warnings.size(), kMaxWarnings);
    EXPECT_EQ(warnings.count(), 5000u);
    EXPECT_EQ(warnings.more(), 5000u - kMaxWarnings);
    EXPECT_EQ(warnings[0].key, "r1.k0");
}

TEST(WidgetState, StateJsonCountsWarningsBeyondThoseItLists) {
    WidgetState state = fresh();
    apply_state_json(state, shipped_catalog(), unknown_inputs(500));
    const nlohmann::json json = get_state(state);
    EXPECT_EQ(json["warnings"].size(), kMaxWarnings);
    EXPECT_EQ(json["warnings_count"], 500);
}

// --- one figure, one text -----------------------------------------------------------------------

TEST(WidgetState, EveryEquationEndsInTheFigureItComputes) {
    for (const Scenario& scenario : shipped_catalog().scenarios) {
        for (const Lang& lang : shipped_catalog().languages) {
            WidgetState state = fresh(lang);
            select_scenario(state, shipped_catalog(), scenario.id);
            const nlohmann::json json = get_state(state);
            const Currency& currency = display_currency(state, shipped_catalog());
            auto ends_with = [](const std::string& text, const std::string& end) {
                return text.size() >= end.size() &&
                       text.compare(text.size() - end.size(), end.size(), end) == 0;
            };
            for (size_t i = 0; i < scenario.lines.size(); ++i) {
                const std::string figure =
                    format_money(line_usd(scenario.lines[i]), currency, lang);
                EXPECT_TRUE(ends_with(json["lines"][i]["equation"], figure))
                    << json["lines"][i]["equation"] << " vs " << figure;
            }
            if (!scenario.owning) continue;
            const std::string figure = format_money(owning_usd(scenario), currency, lang);
            EXPECT_TRUE(ends_with(json["owning"]["equation"], figure))
                << json["owning"]["equation"] << " vs " << figure;
        }
    }
}
