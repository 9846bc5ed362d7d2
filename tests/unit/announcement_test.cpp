#include "model/actions.h"
#include "model/announcement.h"
#include "model/control_keys.h"
#include "test_assets.h"

#include <gtest/gtest.h>

using namespace aicost;
using aicost::testing::fresh;
using aicost::testing::shipped_catalog;
using aicost::testing::shipped_strings;

namespace {
std::string said(const WidgetState& before, const WidgetState& after) {
    return change_announcement(before, after, shipped_catalog(), shipped_strings());
}
} // namespace

TEST(Announcement, AnInputNamesItsLineItsValueAndTheNewTotal) {
    const WidgetState before = fresh();
    WidgetState after = before;
    set_input(after, "r1-zero", "gpus", 600);
    EXPECT_EQ(said(before, after),
              "Total $329,520 \u2014 R1-Zero (pure reinforcement learning), GPUs: 600\u00a0GPU.");
}

TEST(Announcement, AScenarioSaysItsTitleAndTotal) {
    const WidgetState before = fresh();
    WidgetState after = before;
    select_scenario(after, shipped_catalog(), "v3-final-run");
    EXPECT_EQ(said(before, after), "V3: the final training run: total $5,576,000.");
}

TEST(Announcement, NothingChangedSaysNothing) {
    const WidgetState state = fresh();
    EXPECT_EQ(said(state, state), "");
}

TEST(Announcement, AFoldSaysNothing) {
    const WidgetState before = fresh();
    WidgetState after = before;
    apply_action(after, shipped_catalog(), fold_key(kSourcesFold));
    EXPECT_EQ(said(before, after), "");
}

TEST(Announcement, ResetSaysBackToThePublishedFigures) {
    WidgetState before = fresh();
    set_input(before, "r1", "hours", 96);
    set_input(before, "r1-zero", "gpus", 256);
    WidgetState after = before;
    apply_action(after, shipped_catalog(), kResetKey);
    EXPECT_EQ(said(before, after), "Total $294,672 \u2014 back to the published figures.");
}

TEST(Announcement, ManyInputsAtOnceAreCounted) {
    const WidgetState before = fresh();
    WidgetState after = before;
    set_input(after, "r1", "hours", 96);
    set_input(after, "r1", "gpus", 256);
    set_input(after, "r1-zero", "gpus", 256);
    EXPECT_EQ(said(before, after), "Total $160,528 \u2014 3 settings changed.");
}

TEST(Announcement, CurrencySaysTheTotalInIt) {
    const WidgetState before = fresh(french());
    WidgetState after = before;
    after.currency = "eur";
    EXPECT_EQ(said(before, after).find("Total\u00a0: "), 0u) << said(before, after);
    EXPECT_NE(said(before, after).find("\u20ac EUR"), std::string::npos);
}

TEST(Announcement, OwningSaysTheOwnedCost) {
    const WidgetState before = fresh();
    WidgetState after = before;
    set_input(after, "owning", "usd_per_unit", 33800);
    EXPECT_EQ(said(before, after).rfind("Owning the GPUs: $", 0), 0u) << said(before, after);
}

TEST(Announcement, AComparisonSaysTheRatio) {
    const WidgetState before = fresh();
    WidgetState after = before;
    pick_rung(after, shipped_catalog(), "gpt-4");
    EXPECT_NE(said(before, after).find("times"), std::string::npos) << said(before, after);
}

TEST(Announcement, ALanguageSwitchSpeaksTheNewLanguage) {
    const WidgetState before = fresh(english());
    WidgetState after = before;
    after.lang = french();
    EXPECT_EQ(said(before, after),
              "R1\u00a0: l\u2019apprentissage par renforcement\u00a0: total 294\u202f672\u00a0$.");
}

TEST(Announcement, NewNoticesAreSpokenAtMostThree) {
    const WidgetState before = fresh();
    WidgetState after = before;
    for (int i = 0; i < 10; ++i)
        after.warnings.add("unknown-input", "r1.k" + std::to_string(i), "");
    const std::string text = said(before, after);
    EXPECT_NE(text.find("r1.k2"), std::string::npos);
    EXPECT_EQ(text.find("r1.k3"), std::string::npos);
}
