#include "model/actions.h"
#include "model/control_keys.h"
#include "model/slider_scale.h"
#include "test_assets.h"

#include <gtest/gtest.h>

using namespace aicost;
using aicost::testing::fresh;
using aicost::testing::shipped_catalog;

namespace {
double value_of(const WidgetState& state, const char* line, const char* key) {
    return find_input(*find_line(state.scenario, line), key)->value;
}
} // namespace

TEST(Actions, ScenarioKeySelectsTheScenario) {
    WidgetState state = fresh();
    EXPECT_TRUE(apply_action(state, shipped_catalog(), scenario_key("v3-final-run")));
    EXPECT_EQ(state.scenario.id, "v3-final-run");
}

TEST(Actions, TheCurrentScenarioIsNoChange) {
    WidgetState state = fresh();
    EXPECT_FALSE(apply_action(state, shipped_catalog(), scenario_key("r1-nature")));
}

TEST(Actions, SliderKeyMovesTheInputByItsPosition) {
    WidgetState state = fresh();
    const Input& gpus = *find_input(*find_line(state.scenario, "r1-zero"), "gpus");
    const double position = slider_position(gpus) + 1;
    EXPECT_TRUE(apply_action(state, shipped_catalog(), slider_key("r1-zero", "gpus"), position));
    EXPECT_GT(value_of(state, "r1-zero", "gpus"), 512);
    EXPECT_TRUE(state.warnings.empty());
}

TEST(Actions, ValueKeyTakesDisplayUnits) {
    WidgetState state = fresh();
    state.currency = "eur";
    const double eur = 2.0 * find_currency(shipped_catalog(), "eur")->per_usd;
    EXPECT_FALSE(apply_action(state, shipped_catalog(), value_key("r1-zero", "usd_per_gpu_hour"),
                              eur)); // the same $2
    EXPECT_TRUE(
        apply_action(state, shipped_catalog(), value_key("r1-zero", "usd_per_gpu_hour"), eur * 2));
    EXPECT_DOUBLE_EQ(value_of(state, "r1-zero", "usd_per_gpu_hour"), 4.0);
}

TEST(Actions, AnOutOfRangeTypedValueIsClampedAndWarned) {
    WidgetState state = fresh();
    EXPECT_TRUE(apply_action(state, shipped_catalog(), value_key("r1", "hours"), 1e12));
    EXPECT_DOUBLE_EQ(value_of(state, "r1", "hours"), 1e5);
    ASSERT_EQ(state.warnings.size(), 1u);
    EXPECT_EQ(state.warnings[0].code, "out-of-range");
}

TEST(Actions, RungKeyAddsItToTheComparison) {
    WidgetState state = fresh();
    EXPECT_TRUE(apply_action(state, shipped_catalog(), rung_key("gpt-4")));
    EXPECT_EQ(state.compare[1], "gpt-4");
    EXPECT_FALSE(apply_action(state, shipped_catalog(), rung_key("gpt-4"))) << "already compared";
    EXPECT_FALSE(apply_action(state, shipped_catalog(), rung_key("nope")));
}

TEST(Actions, FoldKeyOpensThenCloses) {
    WidgetState state = fresh();
    EXPECT_TRUE(apply_action(state, shipped_catalog(), fold_key(kSourcesFold)));
    EXPECT_EQ(state.open_folds.count(kSourcesFold), 1u);
    EXPECT_TRUE(apply_action(state, shipped_catalog(), fold_key(kSourcesFold)));
    EXPECT_EQ(state.open_folds.count(kSourcesFold), 0u);
}

TEST(Actions, CurrencyLanguageAndTheme) {
    WidgetState state = fresh();
    EXPECT_TRUE(apply_action(state, shipped_catalog(), currency_key("cny")));
    EXPECT_EQ(state.currency, "cny");
    EXPECT_FALSE(apply_action(state, shipped_catalog(), currency_key("xxx")));
    EXPECT_TRUE(apply_action(state, shipped_catalog(), lang_key(french())));
    EXPECT_EQ(state.lang, french());
    EXPECT_TRUE(apply_action(state, shipped_catalog(), theme_key(Theme::Dark)));
    EXPECT_EQ(state.theme, Theme::Dark);
    EXPECT_FALSE(apply_action(state, shipped_catalog(), "theme/sepia"));
}

TEST(Actions, ResetOnlyWhenSomethingMoved) {
    WidgetState state = fresh();
    EXPECT_FALSE(apply_action(state, shipped_catalog(), kResetKey));
    apply_action(state, shipped_catalog(), value_key("owning", "usd_per_unit"), 33800);
    EXPECT_TRUE(apply_action(state, shipped_catalog(), kResetKey));
    EXPECT_FALSE(differs_from_defaults(state.scenario));
}

TEST(Actions, DismissClearsTheNotices) {
    WidgetState state = fresh();
    EXPECT_FALSE(apply_action(state, shipped_catalog(), kDismissKey));
    state.warnings.add("bad-lang", "lang", "xx");
    EXPECT_TRUE(apply_action(state, shipped_catalog(), kDismissKey));
    EXPECT_TRUE(state.warnings.empty());
}

TEST(Actions, LinksAndMalformedKeysChangeNothing) {
    WidgetState state = fresh();
    for (const char* key : {"", "/", "cite/r1/0", "source/2", "slider/r1", "slider/r1/nope",
                            "slider/nope/gpus", "value//", "scenario/", "fold"})
        EXPECT_FALSE(apply_action(state, shipped_catalog(), key, 3.0)) << key;
    EXPECT_TRUE(state.warnings.empty());
}
