#include "model/permalink.h"
#include "test_assets.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace aicost;
using aicost::testing::shipped_catalog;

namespace {

bool has_warning(const WidgetState& state, const std::string& code) {
    for (const Warning& warning : state.warnings)
        if (warning.code == code) return true;
    return false;
}

WidgetState decode(std::string_view query) {
    return decode_permalink(query, shipped_catalog(), french());
}

} // namespace

TEST(Permalink, DefaultStateIsShort) {
    WidgetState state = default_state(shipped_catalog(), french());
    EXPECT_EQ(encode_permalink(state, shipped_catalog()), "v=1&scenario=r1-nature&lang=fr");
}

TEST(Permalink, OnlyChangedInputsAreWritten) {
    WidgetState state = default_state(shipped_catalog(), english());
    ASSERT_TRUE(set_input(state, "r1", "hours", 96));
    EXPECT_EQ(encode_permalink(state, shipped_catalog()),
              "v=1&scenario=r1-nature&lang=en&r1.hours=96");
}

TEST(Permalink, RoundTripRestoresEveryInput) {
    WidgetState state = default_state(shipped_catalog(), english());
    select_scenario(state, shipped_catalog(), "v3-final-run");
    state.currency = "eur";
    set_input(state, "pretraining", "gpu_hours", 1234567);
    set_input(state, "post-training", "usd_per_gpu_hour", 3.42);
    WidgetState back = decode(encode_permalink(state, shipped_catalog()));
    EXPECT_TRUE(back.warnings.empty());
    EXPECT_EQ(back.scenario.id, "v3-final-run");
    EXPECT_EQ(back.lang, english());
    EXPECT_EQ(back.currency, "eur");
    EXPECT_EQ(encode_permalink(back, shipped_catalog()),
              encode_permalink(state, shipped_catalog()));
    EXPECT_DOUBLE_EQ(scenario_total_usd(back.scenario), scenario_total_usd(state.scenario));
}

TEST(Permalink, LeadingQuestionMarkIsAccepted) {
    EXPECT_EQ(decode("?v=1&scenario=v3-final-run").scenario.id, "v3-final-run");
}

TEST(Permalink, EmptyQueryGivesDefaultsWithoutWarning) {
    WidgetState state = decode("");
    EXPECT_EQ(state.scenario.id, "r1-nature");
    EXPECT_TRUE(state.warnings.empty());
}

TEST(Permalink, MissingVersionIsReadAsVersionOne) {
    WidgetState state = decode("scenario=v3-final-run&lang=en");
    EXPECT_EQ(state.scenario.id, "v3-final-run");
    EXPECT_TRUE(state.warnings.empty());
}

TEST(Permalink, UnknownVersionGivesDefaultsAndAWarning) {
    WidgetState state = decode("v=2&scenario=v3-final-run&r1.hours=5");
    EXPECT_EQ(state.scenario.id, "r1-nature");
    EXPECT_TRUE(has_warning(state, "bad-version"));
}

TEST(Permalink, UnknownScenarioGivesDefaultAndAWarning) {
    WidgetState state = decode("v=1&scenario=gpt-9&r1.hours=5");
    EXPECT_EQ(state.scenario.id, "r1-nature");
    EXPECT_EQ(state.warnings.size(), 1u);
    EXPECT_TRUE(has_warning(state, "unknown-scenario"));
    EXPECT_EQ(find_input(*find_line(state.scenario, "r1"), "hours")->value, 80)
        << "inputs meant for another scenario are not applied";
}

TEST(Permalink, BadNumberKeepsDefaultAndWarns) {
    for (const char* bad : {"abc", "", "nan", "inf", "1e999", "12abc", "0x10", "--1"}) {
        WidgetState state = decode(std::string("v=1&r1.hours=") + bad);
        EXPECT_TRUE(has_warning(state, "bad-number")) << bad;
        EXPECT_EQ(find_input(*find_line(state.scenario, "r1"), "hours")->value, 80) << bad;
    }
}

TEST(Permalink, OutOfRangeIsClampedAndWarns) {
    WidgetState state = decode("v=1&r1.gpus=-5&r1-zero.gpus=1e300");
    EXPECT_TRUE(has_warning(state, "out-of-range"));
    EXPECT_EQ(find_input(*find_line(state.scenario, "r1"), "gpus")->value, 1);
    EXPECT_EQ(find_input(*find_line(state.scenario, "r1-zero"), "gpus")->value, 1e6);
    EXPECT_TRUE(std::isfinite(scenario_total_usd(state.scenario)));
}

TEST(Permalink, ForeignKeysAreIgnoredSilently) {
    WidgetState state = decode("v=1&utm_source=x&childId=embed-1&fbclid=abc&amp=1");
    EXPECT_TRUE(state.warnings.empty());
}

TEST(Permalink, UnknownLineAndInputWarn) {
    EXPECT_TRUE(has_warning(decode("v=1&r2.hours=3"), "unknown-line"));
    EXPECT_TRUE(has_warning(decode("v=1&r1.watts=3"), "unknown-input"));
}

TEST(Permalink, BrokenPercentEscapeIsMalformed) {
    WidgetState state = decode("v=1&%%%&r1.hours=%zz&lang=en");
    EXPECT_TRUE(has_warning(state, "malformed-link"));
    EXPECT_EQ(state.lang, english()) << "the readable parts still apply";
}

TEST(Permalink, PairWithoutEqualsIsMalformed) {
    EXPECT_TRUE(has_warning(decode("garbage"), "malformed-link"));
}

TEST(Permalink, BadLanguageKeepsFallback) {
    WidgetState state = decode("v=1&lang=xx");
    EXPECT_EQ(state.lang, french());
    EXPECT_TRUE(has_warning(state, "bad-lang"));
}

TEST(Permalink, BadCurrencyKeepsDollars) {
    WidgetState state = decode("v=1&currency=btc");
    EXPECT_EQ(state.currency, "usd");
    EXPECT_TRUE(has_warning(state, "bad-currency"));
}

TEST(Permalink, HostileValuesAreShortenedInWarnings) {
    std::string long_value(500, 'x');
    WidgetState state = decode("v=1&scenario=" + long_value);
    ASSERT_FALSE(state.warnings.empty());
    EXPECT_LT(state.warnings[0].value.size(), 50u);
}

TEST(Permalink, ValuesAreRoundedToTheInputPrecision) {
    WidgetState state = decode("v=1&r1.gpus=512.4&r1.usd_per_gpu_hour=2.456");
    EXPECT_EQ(find_input(*find_line(state.scenario, "r1"), "gpus")->value, 512);
    EXPECT_DOUBLE_EQ(find_input(*find_line(state.scenario, "r1"), "usd_per_gpu_hour")->value, 2.46);
}

TEST(Permalink, EveryInputOfEveryScenarioRoundTrips) {
    // Each input moved to a value inside its range that differs from its default, including the
    // owning line's: the link must bring all of them back.
    for (const Scenario& scenario : shipped_catalog().scenarios) {
        WidgetState state = default_state(shipped_catalog(), english());
        select_scenario(state, shipped_catalog(), scenario.id);
        for (const Line* line : adjustable_lines(state.scenario))
            for (const Input& input : line->inputs) {
                const double target = input.value == input.max ? input.min : input.max;
                const double moved = input.value + (target - input.value) * 0.37;
                set_input(state, line->id, input.key, moved);
            }
        const std::string link = encode_permalink(state, shipped_catalog());
        WidgetState back = decode(link);
        EXPECT_TRUE(back.warnings.empty()) << link;
        EXPECT_EQ(back.scenario.id, scenario.id);
        const std::vector<const Line*> lines = adjustable_lines(state.scenario);
        const std::vector<const Line*> restored = adjustable_lines(back.scenario);
        ASSERT_EQ(lines.size(), restored.size());
        for (size_t i = 0; i < lines.size(); ++i)
            for (size_t j = 0; j < lines[i]->inputs.size(); ++j)
                EXPECT_EQ(restored[i]->inputs[j].value, lines[i]->inputs[j].value)
                    << scenario.id << "." << lines[i]->id << "." << lines[i]->inputs[j].key;
        EXPECT_EQ(encode_permalink(back, shipped_catalog()), link);
    }
}

TEST(Permalink, ThemeAndComparisonRoundTrip) {
    WidgetState state = default_state(shipped_catalog(), french());
    state.theme = Theme::Dark;
    set_compare(state, shipped_catalog(), "stargate", "current");
    const std::string link = encode_permalink(state, shipped_catalog());
    EXPECT_NE(link.find("&theme=dark"), std::string::npos) << link;
    EXPECT_NE(link.find("&compare=stargate,current"), std::string::npos) << link;
    WidgetState back = decode(link);
    EXPECT_TRUE(back.warnings.empty());
    EXPECT_EQ(back.theme, Theme::Dark);
    EXPECT_EQ(back.compare, state.compare);
}

TEST(Permalink, DefaultThemeAndComparisonAreNotWritten) {
    const std::string link =
        encode_permalink(default_state(shipped_catalog(), french()), shipped_catalog());
    EXPECT_EQ(link.find("theme="), std::string::npos);
    EXPECT_EQ(link.find("compare="), std::string::npos);
}

TEST(Permalink, BadThemeKeepsAutoAndWarns) {
    WidgetState state = decode("v=1&theme=sepia");
    EXPECT_EQ(state.theme, Theme::Auto);
    EXPECT_TRUE(has_warning(state, "bad-theme"));
}

TEST(Permalink, BadComparisonKeepsTheDefaultAndWarns) {
    for (const char* query : {"v=1&compare=gpt-4", "v=1&compare=gpt-4,gpt-5",
                              "v=1&compare=gpt-4,gpt-4", "v=1&compare=,"}) {
        WidgetState state = decode(query);
        EXPECT_TRUE(has_warning(state, "bad-compare")) << query;
        EXPECT_EQ(state.compare, default_state(shipped_catalog(), french()).compare) << query;
    }
}

TEST(Permalink, OwningInputsAreWrittenUnderTheirLine) {
    WidgetState state = default_state(shipped_catalog(), english());
    set_input(state, "owning", "usd_per_unit", 33800);
    EXPECT_EQ(encode_permalink(state, shipped_catalog()),
              "v=1&scenario=r1-nature&lang=en&owning.usd_per_unit=33800");
}

TEST(Permalink, EveryBuiltInScenarioLinkIsShort) {
    // Newsrooms paste links in tweets and CMS fields: the full state stays well under 300 chars,
    // even with every option set.
    for (const Scenario& scenario : shipped_catalog().scenarios) {
        WidgetState state = default_state(shipped_catalog(), english());
        select_scenario(state, shipped_catalog(), scenario.id);
        state.currency = "eur";
        state.theme = Theme::Dark;
        set_compare(state, shipped_catalog(), "semianalysis-gpu-floor", "current");
        const std::string base = "https://www.example-newspaper.fr/widgets/ai-cost/widget.html?";
        EXPECT_LT(base.size() + encode_permalink(state, shipped_catalog()).size(), 300u)
            << scenario.id;
    }
}

// --- links that would change figures without a word -------------------------------------------

TEST(Permalink, RepeatedInputKeepsTheFirstValueAndWarns) {
    WidgetState state = decode("v=1&scenario=r1-nature&r1.gpus=256&r1.gpus=1024");
    EXPECT_EQ(find_input(*find_line(state.scenario, "r1"), "gpus")->value, 256);
    ASSERT_TRUE(has_warning(state, "repeated-key"));
}

TEST(Permalink, RepeatedScenarioKeepsTheFirstAndWarns) {
    WidgetState state = decode("v=1&scenario=v3-final-run&scenario=r1-nature");
    EXPECT_EQ(state.scenario.id, "v3-final-run");
    EXPECT_TRUE(has_warning(state, "repeated-key"));
}

TEST(Permalink, RepeatedForeignKeysAreIgnoredSilently) {
    WidgetState state = decode("v=1&utm_source=a&utm_source=b");
    EXPECT_TRUE(state.warnings.empty());
}

TEST(Permalink, HtmlEscapedAmpersandsAreReadAndNamed) {
    WidgetState state = decode("v=1&amp;scenario=v3-final-run&amp;lang=en");
    EXPECT_EQ(state.scenario.id, "v3-final-run");
    EXPECT_EQ(state.lang, english());
    ASSERT_TRUE(has_warning(state, "key-read-as"));
    EXPECT_EQ(state.warnings[0].key, "amp;scenario");
    EXPECT_EQ(state.warnings[0].value, "scenario");
}

TEST(Permalink, CapitalisedKeysAreReadAndNamed) {
    WidgetState state = decode("v=1&Currency=eur&R1.GPUs=256");
    EXPECT_EQ(state.currency, "eur");
    EXPECT_EQ(find_input(*find_line(state.scenario, "r1"), "gpus")->value, 256);
    EXPECT_EQ(state.warnings.count(), 2u);
    EXPECT_EQ(state.warnings[0].code, "key-read-as");
    EXPECT_EQ(state.warnings[1].value, "r1.gpus");
}

TEST(Permalink, ForeignCapitalisedKeysAreLeftAlone) {
    WidgetState state = decode("v=1&childId=calc-1&utm_Source=x");
    EXPECT_TRUE(state.warnings.empty());
}

TEST(Permalink, RoundedValueWarns) {
    WidgetState state = decode("v=1&r1.gpus=511.5&r1.usd_per_gpu_hour=2.005");
    EXPECT_EQ(find_input(*find_line(state.scenario, "r1"), "gpus")->value, 512);
    EXPECT_EQ(state.warnings.count(), 2u);
    EXPECT_EQ(state.warnings[0].code, "rounded");
    EXPECT_EQ(state.warnings[0].value, "511.5");
    EXPECT_EQ(state.warnings[1].code, "rounded");
}

TEST(Permalink, ExactValueDoesNotWarn) {
    EXPECT_TRUE(decode("v=1&r1.gpus=256&r1.usd_per_gpu_hour=2.5").warnings.empty());
}

// --- hostile links: short warnings, linear time -------------------------------------------------

TEST(Permalink, AHugeUnknownKeyGivesOneShortWarning) {
    const std::string key = "r1." + std::string(2 * 1024 * 1024, 'k');
    WidgetState state = decode("v=1&" + key + "=1");
    // Longer than any real link: read up to the limit, the rest named in one warning.
    ASSERT_TRUE(has_warning(state, "link-too-long"));
    for (const Warning& warning : state.warnings)
        EXPECT_LE(warning.key.size() + warning.value.size(), 2 * (kWarningTextBytes + 3));
}

TEST(Permalink, ThousandsOfBadKeysAreCountedNotListed) {
    std::string query = "v=1";
    for (int i = 0; i < 400; ++i)
        query += "&r1.k" + std::to_string(i) + "=1";
    WidgetState state = decode(query);
    EXPECT_EQ(state.warnings.size(), kMaxWarnings);
    EXPECT_EQ(state.warnings.count(), 400u);
}

TEST(Permalink, ALongLinkStillReadsItsFirstPairs) {
    std::string query = "v=1&scenario=v3-final-run";
    while (query.size() < 10000)
        query += "&utm_x=" + std::string(100, 'x');
    WidgetState state = decode(query);
    EXPECT_EQ(state.scenario.id, "v3-final-run");
    EXPECT_TRUE(has_warning(state, "link-too-long"));
}

TEST(PermalinkUrl, NamesThePageOfTheStatesScenarioLanguageAndView) {
    WidgetState state = decode("scenario=v3-final-run&lang=en&pretraining.usd_per_gpu_hour=3.42");
    EXPECT_EQ(permalink_url("https://example.org/ai-cost/", state, shipped_catalog()),
              "https://example.org/ai-cost/widget-v3-final-run-en.html?" +
                  encode_permalink(state, shipped_catalog()));
    state.view = View::Calculator;
    EXPECT_EQ(permalink_url("", state, shipped_catalog())
                  .rfind("widget-calculator-v3-final-run-en.html?", 0),
              0u);
    state.view = View::Ladder;
    EXPECT_EQ(permalink_url("", state, shipped_catalog()).rfind("widget-ladder-en.html?", 0), 0u);
}

TEST(PermalinkUrl, WithoutScenariosIsWidgetHtml) {
    const Catalog empty;
    const WidgetState state = default_state(empty, french());
    EXPECT_EQ(permalink_url("/", state, empty).rfind("/widget.html?", 0), 0u);
}
