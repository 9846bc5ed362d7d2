#include "model/cost_model.h"
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
    EXPECT_EQ(find_input_spec("watts"), nullptr);
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
    ASSERT_TRUE(s->published.has_value());
    EXPECT_DOUBLE_EQ(s->published->usd, scenario_table_usd(*s));
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
    ASSERT_TRUE(s->published.has_value());
    EXPECT_DOUBLE_EQ(s->published->usd, 5576000.0);
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
