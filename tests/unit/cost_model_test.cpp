#include "model/cost_model.h"
#include "model/number_format.h"
#include "model/scenario.h"
#include "test_assets.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace aicost;
using aicost::testing::shipped_catalog;

TEST(Rental, MultipliesGpusHoursAndPrice) {
    EXPECT_DOUBLE_EQ(rental_usd(512, 198, 2.0), 202752.0);
}

TEST(Rental, FromGpuHours) {
    EXPECT_DOUBLE_EQ(rental_usd_from_gpu_hours(5000, 2.0), 10000.0);
}

TEST(Rental, ZeroPriceCostsNothing) {
    EXPECT_EQ(rental_usd(2048, 100, 0.0), 0.0);
}

TEST(Rental, LargestInputsStayFinite) {
    const InputSpec* gpus = find_input_spec("gpus");
    const InputSpec* hours = find_input_spec("hours");
    const InputSpec* price = find_input_spec("usd_per_gpu_hour");
    ASSERT_TRUE(gpus && hours && price);
    EXPECT_TRUE(std::isfinite(rental_usd(gpus->max, hours->max, price->max)));
}

TEST(RoundToStep, RoundsToNearestThousand) {
    EXPECT_EQ(round_to_step(101376, 1000), 101000);
    EXPECT_EQ(round_to_step(40960, 1000), 41000);
}

TEST(RoundToStep, NonPositiveStepKeepsValue) {
    EXPECT_EQ(round_to_step(40960, 0), 40960);
}

TEST(InputSpec, UnknownKeyIsNull) {
    EXPECT_EQ(find_input_spec("horsepower"), nullptr);
}

TEST(InputSpec, EveryRangeIsPositiveAndOrdered) {
    for (const char* key : {"gpus", "hours", "gpu_hours", "usd_per_gpu_hour"}) {
        const InputSpec* spec = find_input_spec(key);
        ASSERT_NE(spec, nullptr) << key;
        EXPECT_GT(spec->min, 0.0) << key;
        EXPECT_LT(spec->min, spec->max) << key;
    }
}

TEST(ShippedScenarios, R1NatureExactSumIs294672) {
    const Scenario* s = find_scenario(shipped_catalog(), "r1-nature");
    ASSERT_NE(s, nullptr);
    EXPECT_DOUBLE_EQ(scenario_total_usd(*s), 294672.0);
    EXPECT_DOUBLE_EQ(scenario_gpu_hours(*s), 147336.0);
}

TEST(ShippedScenarios, R1NatureRoundedTableIs294K) {
    const Scenario* s = find_scenario(shipped_catalog(), "r1-nature");
    ASSERT_NE(s, nullptr);
    EXPECT_DOUBLE_EQ(scenario_table_usd(*s), 294000.0);
    ASSERT_FALSE(s->published.empty());
    EXPECT_DOUBLE_EQ(s->published.front().usd, scenario_table_usd(*s));
}

TEST(ShippedScenarios, R1NatureLines) {
    const Scenario* s = find_scenario(shipped_catalog(), "r1-nature");
    ASSERT_NE(s, nullptr);
    ASSERT_EQ(s->lines.size(), 3u);
    EXPECT_EQ(s->lines[0].id, "r1-zero");
    EXPECT_DOUBLE_EQ(line_usd(s->lines[0]), 202752.0);
    EXPECT_EQ(s->lines[1].id, "sft-data");
    EXPECT_DOUBLE_EQ(line_usd(s->lines[1]), 10000.0);
    EXPECT_EQ(s->lines[2].id, "r1");
    EXPECT_DOUBLE_EQ(line_usd(s->lines[2]), 81920.0);
}

TEST(ShippedScenarios, V3FinalRunIs5576000) {
    const Scenario* s = find_scenario(shipped_catalog(), "v3-final-run");
    ASSERT_NE(s, nullptr);
    EXPECT_DOUBLE_EQ(scenario_total_usd(*s), 5576000.0);
    EXPECT_DOUBLE_EQ(scenario_gpu_hours(*s), 2788000.0);
    EXPECT_EQ(s->gpu_count, 2048);
    ASSERT_FALSE(s->published.empty());
    EXPECT_DOUBLE_EQ(s->published.front().usd, 5576000.0);
}

TEST(ShippedScenarios, EveryLineCitesAnHttpsSource) {
    for (const Scenario& s : shipped_catalog().scenarios)
        for (const Line& line : s.lines) {
            EXPECT_FALSE(line.source.publisher.empty()) << line.id;
            EXPECT_FALSE(line.source.title.empty()) << line.id;
            EXPECT_FALSE(line.source.date.empty()) << line.id;
            EXPECT_EQ(line.source.url.rfind("https://", 0), 0u) << line.id;
        }
}

TEST(Purchase, AddsOverheadAsAShare) {
    EXPECT_DOUBLE_EQ(purchase_usd(10000, 33800, 0.0), 338e6);
    EXPECT_DOUBLE_EQ(purchase_usd(10000, 33800, 0.5), 507e6);
}

TEST(Purchase, ZeroUnitsCostNothing) {
    EXPECT_EQ(purchase_usd(0, 33800, 0.5), 0.0);
}

TEST(Power, KilowattHoursTimesPue) {
    // 2,048 GPUs × 0.7 kW × PUE 1.25 × 1,000 h = 1,792,000 kWh, at $0.0771.
    EXPECT_NEAR(power_usd(2048, 700, 1.25, 1000, 0.0771), 138163.2, 1e-6);
}

TEST(Staff, PeopleTimesPayTimesYears) {
    EXPECT_DOUBLE_EQ(staff_usd(150, 1.3e6, 4), 780e6);
}

TEST(Yearly, CostTimesYears) {
    EXPECT_DOUBLE_EQ(yearly_usd(236e6, 4), 944e6);
}

TEST(Ownership, EpochMethodOnV3MatchesTheFactSheet) {
    // Reference figures: 44,750 × 0.322 ÷ 8,766 = $1.646 per GPU-hour → $4.59M for 2.788M GPU-h,
    // plus interconnect at 19% of the cluster: $1.08M.
    const double gpu_only = ownership_usd(2.788e6, 44750, 0.322, 0.0);
    EXPECT_NEAR(gpu_only, 4.59e6, 0.01e6);
    EXPECT_NEAR(ownership_usd(2.788e6, 44750, 0.322, 0.19) - gpu_only, 1.08e6, 0.01e6);
}

TEST(Ownership, ShareOfOneOrMoreCostsNothingRatherThanInfinity) {
    EXPECT_EQ(ownership_usd(1000, 30000, 0.3, 1.0), 0.0);
}

TEST(LineKinds, LargestInputsOfEveryKindStayFinite) {
    auto max = [](const char* key) { return find_input_spec(key)->max; };
    EXPECT_TRUE(
        std::isfinite(purchase_usd(max("units"), max("usd_per_unit"), max("overhead_share"))));
    EXPECT_TRUE(std::isfinite(
        power_usd(max("units"), max("watts"), max("pue"), max("hours"), max("usd_per_kwh"))));
    EXPECT_TRUE(std::isfinite(staff_usd(max("people"), max("usd_per_year"), max("years"))));
    EXPECT_TRUE(
        std::isfinite(ownership_usd(max("gpu_hours"), max("usd_per_unit"),
                                    max("depreciation_per_year"), max("interconnect_share"))));
}

TEST(LineKinds, NamesRoundTrip) {
    for (LineKind kind : {LineKind::Rental, LineKind::Purchase, LineKind::Power, LineKind::Staff,
                          LineKind::Yearly, LineKind::Ownership})
        EXPECT_EQ(parse_line_kind(line_kind_name(kind)), kind);
    EXPECT_FALSE(parse_line_kind("leasing").has_value());
}

TEST(InputSpec, LinearRangesMayStartAtZeroLogarithmicOnesMayNot) {
    for (const char* key :
         {"units", "usd_per_unit", "overhead_share", "watts", "pue", "usd_per_kwh", "people",
          "usd_per_year", "years", "depreciation_per_year", "interconnect_share"}) {
        const InputSpec* spec = find_input_spec(key);
        ASSERT_NE(spec, nullptr) << key;
        EXPECT_LT(spec->min, spec->max) << key;
        EXPECT_GE(spec->min, 0.0) << key;
        if (spec->logarithmic) {
            EXPECT_GT(spec->min, 0.0) << key;
        }
    }
}

TEST(InputSpec, InterconnectShareStaysBelowOne) {
    EXPECT_LT(find_input_spec("interconnect_share")->max, 1.0);
}

TEST(LineKinds, HugeProductsStayFiniteAndPrintAsNumbers) {
    // Every kind at the top of every range: the figure must read as digits, never "inf" or "nan".
    const Currency dollars{"usd", "$", 1.0, {}};
    for (const LineKindSpec& spec : line_kinds()) {
        const std::string_view kind = spec.name;
        Line line;
        line.kind = spec.value;
        for (const char* key :
             {"gpus", "hours", "usd_per_gpu_hour", "units", "usd_per_unit", "overhead_share",
              "watts", "pue", "usd_per_kwh", "people", "usd_per_year", "years",
              "depreciation_per_year", "interconnect_share"}) {
            Input input;
            input.key = key;
            input.value = find_input_spec(key)->max;
            line.inputs.push_back(input);
        }
        const double usd = line_usd(line);
        EXPECT_TRUE(std::isfinite(usd)) << kind;
        EXPECT_GT(usd, 1e11) << kind;
        for (const Lang& lang : shipped_catalog().languages) {
            const std::string text = format_money(usd, dollars, lang);
            EXPECT_EQ(text.find("inf"), std::string::npos) << kind << " " << text;
            EXPECT_EQ(text.find("nan"), std::string::npos) << kind << " " << text;
            EXPECT_NE(format_money_compact(usd, dollars, lang).find_first_of("0123456789"),
                      std::string::npos);
        }
    }
}

TEST(LineKinds, ALineWithoutTheInputsItsKindNeedsHasNoFigureRatherThanZero) {
    // Only a hand-built line can lack them (the parser refuses it): it shows "—", not "$0".
    for (const LineKindSpec& spec : line_kinds()) {
        const std::string_view kind = spec.name;
        Line line;
        line.kind = spec.value;
        EXPECT_TRUE(std::isnan(line_usd(line))) << kind;
    }
}

TEST(LineKinds, AGpuHoursLineWithoutGpuHoursHasNoneRatherThanZero) {
    Line line;
    line.kind = LineKind::Rental;
    line.inputs = {{"usd_per_gpu_hour", 2, 2, 0.01, 100, true, 2, InputUnit::UsdPerGpuHour}};
    EXPECT_TRUE(std::isnan(line_gpu_hours(line)));
    EXPECT_TRUE(std::isnan(line_usd(line)));
}

TEST(LineKinds, AThousandBillionGpuHoursAtTwoDollars) {
    EXPECT_DOUBLE_EQ(rental_usd_from_gpu_hours(1e12, 2.0), 2e12);
    EXPECT_DOUBLE_EQ(purchase_usd(1e12, 1.0, 0.0), 1e12);
}
