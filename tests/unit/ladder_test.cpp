#include "model/ladder.h"
#include "model/partial_state.h"
#include "model/permalink.h"
#include "model/view_texts.h"
#include "model/widget_state.h"
#include "test_assets.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace aicost;
using aicost::testing::fresh;
using aicost::testing::shipped_catalog;

TEST(LadderPosition, EndsAreTenThousandAndOneTrillion) {
    EXPECT_DOUBLE_EQ(ladder_position(1e4), 0.0);
    EXPECT_DOUBLE_EQ(ladder_position(1e12), 1.0);
    EXPECT_DOUBLE_EQ(ladder_position(1e8), 0.5);
}

TEST(LadderPosition, OutsideTheScaleIsHeldAtTheEnds) {
    EXPECT_DOUBLE_EQ(ladder_position(1.0), 0.0);
    EXPECT_DOUBLE_EQ(ladder_position(0.0), 0.0);
    EXPECT_DOUBLE_EQ(ladder_position(-5.0), 0.0);
    EXPECT_DOUBLE_EQ(ladder_position(1e18), 1.0);
    EXPECT_DOUBLE_EQ(ladder_position(std::nan("")), 0.0);
}

TEST(RatioBetween, IsTheLargerOverTheSmaller) {
    EXPECT_NEAR(ratio_between(1.6e9, 6e6), 266.67, 0.01); // the French press's "266×"
    EXPECT_NEAR(ratio_between(6e6, 1.6e9), 266.67, 0.01);
    EXPECT_DOUBLE_EQ(ratio_between(5, 5), 1.0);
}

TEST(RatioBetween, NoRatioWithZeroOrNonFinite) {
    EXPECT_EQ(ratio_between(0, 6e6), 0.0);
    EXPECT_EQ(ratio_between(6e6, -1), 0.0);
    EXPECT_EQ(ratio_between(INFINITY, 6e6), 0.0);
}

TEST(LadderRungs, EveryScenarioMarkerAndTheCurrentTotalLowestFirst) {
    WidgetState state = default_state(shipped_catalog(), english());
    std::vector<Rung> rungs = ladder_rungs(shipped_catalog(), state);
    EXPECT_EQ(rungs.size(),
              shipped_catalog().scenarios.size() + shipped_catalog().markers.size() + 1);
    for (size_t i = 1; i < rungs.size(); ++i)
        EXPECT_LE(rungs[i - 1].usd, rungs[i].usd);
    const Rung* current = find_rung(rungs, kCurrentRung);
    ASSERT_NE(current, nullptr);
    EXPECT_TRUE(current->computed);
    EXPECT_DOUBLE_EQ(current->usd, 294672.0);
    EXPECT_DOUBLE_EQ(find_rung(rungs, "semianalysis-fleet")->usd, 1.6e9);
    EXPECT_DOUBLE_EQ(find_rung(rungs, "stargate")->usd, 5e11);
    EXPECT_EQ(find_rung(rungs, "gpt-4")->precision, Precision::MoreThan);
}

TEST(LadderRungs, AScenarioWithoutAPublishedFigureStandsAtItsComputedTotal) {
    // Meta's model card gives GPU-hours only: Llama's rung is 30.84M GPU-hours at $2.
    WidgetState state = default_state(shipped_catalog(), english());
    const std::vector<Rung> rungs = ladder_rungs(shipped_catalog(), state);
    const Rung* llama = find_rung(rungs, "llama-3.1-405b"); // points into `rungs`
    ASSERT_NE(llama, nullptr);
    EXPECT_DOUBLE_EQ(llama->usd, 61680000.0);
}

TEST(LadderRungs, CurrentFollowsTheReadersInputs) {
    WidgetState state = default_state(shipped_catalog(), english());
    set_input(state, "r1-zero", "usd_per_gpu_hour", 4);
    const std::vector<Rung> rungs = ladder_rungs(shipped_catalog(), state);
    const Rung* current = find_rung(rungs, kCurrentRung); // points into `rungs`
    EXPECT_DOUBLE_EQ(current->usd, 294672.0 + 202752.0);
}

TEST(Compare, DefaultIsThePressRatio) {
    WidgetState state = default_state(shipped_catalog(), french());
    EXPECT_EQ(state.compare[0], "semianalysis-fleet");
    EXPECT_EQ(state.compare[1], "r1-with-base");
}

TEST(Compare, PickReplacesTheOlderRung) {
    WidgetState state = default_state(shipped_catalog(), french());
    EXPECT_TRUE(pick_rung(state, shipped_catalog(), "gpt-4"));
    EXPECT_EQ(state.compare[0], "r1-with-base");
    EXPECT_EQ(state.compare[1], "gpt-4");
    EXPECT_TRUE(pick_rung(state, shipped_catalog(), "current"));
    EXPECT_EQ(state.compare[0], "gpt-4");
    EXPECT_EQ(state.compare[1], "current");
}

TEST(Compare, ReaderCanPickV3AndLlama) {
    WidgetState state = default_state(shipped_catalog(), english());
    EXPECT_TRUE(pick_rung(state, shipped_catalog(), "v3-final-run"));
    EXPECT_TRUE(pick_rung(state, shipped_catalog(), "llama-3.1-405b"));
    EXPECT_EQ(state.compare[0], "v3-final-run");
    EXPECT_EQ(state.compare[1], "llama-3.1-405b");
}

TEST(Compare, LlamaOverV3IsTheirGpuHoursRatio) {
    // Both at $2 per GPU-hour: $61.68M / $5.576M = 30.84M / 2.788M GPU-hours, about 11 times.
    WidgetState state = default_state(shipped_catalog(), english());
    const std::vector<Rung> rungs = ladder_rungs(shipped_catalog(), state);
    const Comparison comparison = compare_rungs(rungs, "v3-final-run", "llama-3.1-405b");
    ASSERT_NE(comparison.larger, nullptr);
    EXPECT_EQ(comparison.larger->id, "llama-3.1-405b");
    EXPECT_EQ(comparison.smaller->id, "v3-final-run");
    EXPECT_NEAR(comparison.ratio, 30.84e6 / 2.788e6, 1e-9);
    EXPECT_NEAR(comparison.ratio, 11.06, 0.005);
    EXPECT_EQ(ratio_text(comparison.ratio, english()), "11\u00D7");
}

TEST(Compare, PickingAComparedRungChangesNothing) {
    WidgetState state = default_state(shipped_catalog(), french());
    EXPECT_TRUE(pick_rung(state, shipped_catalog(), "r1-with-base"));
    EXPECT_EQ(state.compare[0], "semianalysis-fleet");
    EXPECT_EQ(state.compare[1], "r1-with-base");
}

TEST(Compare, UnknownOrIdenticalRungsAreRefused) {
    WidgetState state = default_state(shipped_catalog(), french());
    EXPECT_FALSE(pick_rung(state, shipped_catalog(), "gpt-5"));
    EXPECT_FALSE(set_compare(state, shipped_catalog(), "gpt-4", "gpt-4"));
    EXPECT_FALSE(set_compare(state, shipped_catalog(), "gpt-4", ""));
    EXPECT_EQ(state.compare[0], "semianalysis-fleet");
}

TEST(Compare, ApplyJsonSetsThePair) {
    WidgetState state = default_state(shipped_catalog(), french());
    apply_state_json(state, shipped_catalog(), R"({"compare": ["stargate", "current"]})");
    EXPECT_TRUE(state.warnings.empty());
    EXPECT_EQ(state.compare[0], "stargate");
    EXPECT_EQ(state.compare[1], "current");
}

TEST(Compare, ApplyJsonRejectsABadPairWithAWarning) {
    WidgetState state = default_state(shipped_catalog(), french());
    apply_state_json(state, shipped_catalog(), R"({"compare": ["stargate"]})");
    ASSERT_EQ(state.warnings.size(), 1u);
    EXPECT_EQ(state.warnings[0].code, "bad-compare");
    apply_state_json(state, shipped_catalog(), R"({"compare": "stargate,current"})");
    EXPECT_EQ(state.warnings[0].code, "bad-compare");
    EXPECT_EQ(state.compare[0], "semianalysis-fleet");
}

TEST(RatioText, ReadsLikeThePress) {
    EXPECT_EQ(ratio_text(266.67, english()), "267\u00D7");
    EXPECT_EQ(ratio_text(1.06, french()), "1,1\u00D7");
    EXPECT_EQ(ratio_text(0.0, french()), "\u2014");
}

TEST(LadderRungs, AScenarioWithoutAPublishedFigureCitesItsFirstLinesSource) {
    const std::vector<Rung> rungs = ladder_rungs(shipped_catalog(), fresh());
    for (const Scenario& scenario : shipped_catalog().scenarios) {
        if (!scenario.published.empty()) continue;
        const Rung* rung = find_rung(rungs, scenario.id);
        ASSERT_NE(rung, nullptr) << scenario.id;
        EXPECT_EQ(rung->source.url, scenario.lines.front().source.url) << scenario.id;
        EXPECT_FALSE(rung->source.url.empty()) << scenario.id;
    }
}
