// The figures editors publish, checked against what the model computes from them: every
// scenario's published figure is reproduced, every value no source gives is explained.

#include "model/citations.h"
#include "model/widget_state.h"
#include "test_assets.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

using namespace aicost;
using aicost::testing::shipped_catalog;

namespace {

const Scenario& scenario(const char* id) {
    const Scenario* s = find_scenario(shipped_catalog(), id);
    if (!s) throw std::runtime_error(std::string("no scenario ") + id);
    return *s;
}

} // namespace

TEST(ShippedScenarios, TheIssueFixedIdsExist) {
    for (const char* id : {"r1-nature", "v3-final-run", "r1-with-base", "semianalysis-fleet",
                           "semianalysis-gpu-floor", "llama-3.1-405b"})
        EXPECT_NE(find_scenario(shipped_catalog(), id), nullptr) << id;
    EXPECT_NE(find_marker(shipped_catalog(), "gpt-4"), nullptr);
    EXPECT_NE(find_marker(shipped_catalog(), "stargate"), nullptr);
}

TEST(ShippedScenarios, TheDeepSeekScenariosStandOnPublishedFigures) {
    for (const char* id : {"r1-nature", "v3-final-run", "r1-with-base", "semianalysis-fleet",
                           "semianalysis-gpu-floor"})
        EXPECT_FALSE(scenario(id).published.empty()) << id;
}

TEST(ShippedScenarios, AScenarioWithoutAPublishedFigureMarksWhatItAssumes) {
    // A source may give GPU-hours but no dollars (Meta's model card): the figure is then ours, and
    // the value that makes it a dollar figure is marked.
    for (const Scenario& s : shipped_catalog().scenarios) {
        if (!s.published.empty()) continue;
        bool assumed = false;
        for (const Line* line : adjustable_lines(s))
            for (const Input& input : line->inputs)
                assumed = assumed || input.assumed;
        EXPECT_TRUE(assumed) << s.id;
    }
}

TEST(ShippedScenarios, EveryPublishedFigureIsReproducedByItsDefaults) {
    for (const Scenario& s : shipped_catalog().scenarios) {
        for (const PublishedFigure& figure : s.published) {
            const double computed = published_computed_usd(s, figure);
            EXPECT_TRUE(reproduces(computed, figure.usd, figure.precision))
                << s.id << ": " << computed << " vs " << figure.usd;
        }
    }
}

TEST(ShippedScenarios, ExactAndFloorFiguresAreWithinOnePercent) {
    for (const Scenario& s : shipped_catalog().scenarios)
        for (const PublishedFigure& figure : s.published)
            if (figure.precision != Precision::About) {
                EXPECT_NEAR(published_computed_usd(s, figure), figure.usd, figure.usd * 0.01)
                    << s.id;
            }
}

TEST(ShippedScenarios, R1WithBaseIsV3PlusR1AsPublished) {
    // $5.576M (V3 report) + $294K (Nature's table) = $5.87M, Nature's "$6 million or so".
    const double published_parts = scenario("v3-final-run").published.front().usd +
                                   scenario("r1-nature").published.front().usd;
    EXPECT_DOUBLE_EQ(published_parts, 5870000.0);
    EXPECT_NEAR(scenario_total_usd(scenario("r1-with-base")), published_parts,
                published_parts * 0.01);
    EXPECT_EQ(scenario("r1-with-base").published.front().usd, 6e6);
    EXPECT_EQ(scenario("r1-with-base").published.front().precision, Precision::About);
}

TEST(ShippedScenarios, FleetCapexAndOpexAreTheSemiAnalysisFigures) {
    const Scenario& fleet = scenario("semianalysis-fleet");
    ASSERT_EQ(fleet.published.size(), 2u);
    EXPECT_NEAR(published_computed_usd(fleet, fleet.published[0]), 1.6e9, 1.6e9 * 0.01);
    EXPECT_NEAR(published_computed_usd(fleet, fleet.published[1]), 944e6, 944e6 * 0.01);
    // The two figures cover every line once: the total is capex plus four years of running.
    EXPECT_NEAR(scenario_total_usd(fleet),
                published_computed_usd(fleet, fleet.published[0]) +
                    published_computed_usd(fleet, fleet.published[1]),
                1.0);
    EXPECT_EQ(fleet.gpu_count, 60000);
}

TEST(ShippedScenarios, GpuFloorIsAtLeastFiveHundredMillion) {
    const Scenario& floor = scenario("semianalysis-gpu-floor");
    EXPECT_GE(scenario_total_usd(floor), 500e6);
    EXPECT_EQ(floor.published.front().precision, Precision::MoreThan);
}

TEST(ShippedScenarios, OwningV3IsComparableToRentingIt) {
    // Epoch AI's method on V3: $4.59M hardware + $1.08M interconnect + $0.25M energy = $5.92M.
    const Scenario& v3 = scenario("v3-final-run");
    ASSERT_TRUE(v3.owning.has_value());
    EXPECT_NEAR(owning_usd(v3), 5.92e6, 0.02e6);
    const double ratio = owning_usd(v3) / scenario_total_usd(v3);
    EXPECT_GT(ratio, 0.8);
    EXPECT_LT(ratio, 1.25);
}

TEST(ShippedScenarios, LlamaTotalsTheModelCardsHoursAtTwoDollarsExactly) {
    // 30.84M GPU-hours × $2 = $61.68M (reference figures, G1).
    EXPECT_DOUBLE_EQ(scenario_total_usd(scenario("llama-3.1-405b")), 61680000.0);
}

TEST(ShippedScenarios, LlamaGpuHoursAreTheModelCards) {
    const Scenario& llama = scenario("llama-3.1-405b");
    EXPECT_DOUBLE_EQ(scenario_gpu_hours(llama), 30840000.0);
    for (const Line& line : llama.lines) {
        EXPECT_FALSE(find_input(line, "gpu_hours")->assumed) << line.id;
        EXPECT_EQ(
            line.source.url,
            "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md")
            << line.id;
    }
}

TEST(ShippedScenarios, LlamaPriceIsDeepSeeksMarkedAssumedInBothLanguages) {
    for (const Line& line : scenario("llama-3.1-405b").lines) {
        EXPECT_TRUE(find_input(line, "usd_per_gpu_hour")->assumed) << line.id;
        EXPECT_NE(line.note.in("fr").find("DeepSeek"), std::string::npos) << line.note.in("fr");
        EXPECT_NE(line.note.in("fr").find("pas le prix de Meta"), std::string::npos)
            << line.note.in("fr");
        EXPECT_NE(line.note.in("en").find("DeepSeek"), std::string::npos) << line.note.in("en");
        EXPECT_NE(line.note.in("en").find("not Meta\u2019s price"), std::string::npos)
            << line.note.in("en");
    }
}

TEST(ShippedScenarios, LlamaHasNoPublishedDollarFigureNorClusterSize) {
    // The model card gives GPU-hours, not dollars, and not how many GPUs ran at once.
    const Scenario& llama = scenario("llama-3.1-405b");
    EXPECT_TRUE(llama.published.empty());
    EXPECT_EQ(llama.gpu_count, 0.0);
}

TEST(ShippedScenarios, AssumedValuesCarryTheirReasoning) {
    int assumed = 0;
    for (const Scenario& s : shipped_catalog().scenarios)
        for (const Line* line : adjustable_lines(s))
            for (const Input& input : line->inputs)
                if (input.assumed) {
                    ++assumed;
                    EXPECT_FALSE(line->note.in("fr").empty()) << s.id << "." << line->id;
                    EXPECT_FALSE(line->note.in("en").empty()) << s.id << "." << line->id;
                }
    // SemiAnalysis gives no per-GPU price: those are ours, and marked.
    EXPECT_GE(assumed, 6);
    for (const Line& line : scenario("semianalysis-fleet").lines)
        if (line.kind == LineKind::Purchase) {
            EXPECT_TRUE(find_input(line, "usd_per_unit")->assumed) << line.id;
        }
}

TEST(ShippedScenarios, EveryFigureOnTheLadderHasASource) {
    for (const Scenario& s : shipped_catalog().scenarios)
        for (const PublishedFigure& figure : s.published)
            EXPECT_EQ(figure.source.url.rfind("https://", 0), 0u) << s.id;
    for (const Marker& marker : shipped_catalog().markers) {
        EXPECT_EQ(marker.source.url.rfind("https://", 0), 0u) << marker.id;
        EXPECT_FALSE(marker.quote.empty()) << marker.id;
    }
}

TEST(ShippedScenarios, QuotesStayShort) {
    for (const Scenario& s : shipped_catalog().scenarios)
        for (const PublishedFigure& figure : s.published)
            EXPECT_LE(figure.quote.size(), 60u) << s.id;
}

TEST(Citations, ListEachSourceOnceWithItsQuotes) {
    WidgetState state = default_state(shipped_catalog(), french());
    select_scenario(state, shipped_catalog(), "semianalysis-fleet");
    const std::vector<Citation> list = cited_sources(shipped_catalog(), state);
    int semianalysis = 0;
    for (const Citation& c : list)
        if (c.source.publisher == "SemiAnalysis") {
            ++semianalysis;
            EXPECT_GE(c.quotes.size(), 2u) << "capex and opex quotes";
        }
    EXPECT_EQ(semianalysis, 1);
    bool wired = false, stargate = false;
    for (const Citation& c : list) {
        wired = wired || c.source.publisher == "Wired";
        stargate = stargate || c.source.publisher == "OpenAI";
    }
    EXPECT_TRUE(wired && stargate) << "the ladder's markers are cited too";
}

TEST(Citations, DisplayCurrencyRateIsCited) {
    WidgetState state = default_state(shipped_catalog(), french());
    const size_t in_dollars = cited_sources(shipped_catalog(), state).size();
    state.currency = "eur";
    EXPECT_EQ(cited_sources(shipped_catalog(), state).size(), in_dollars + 1);
}
