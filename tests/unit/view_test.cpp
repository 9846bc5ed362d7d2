// Views: view= in links and states, and what each view's document, scale and speech carry.
#include "model/actions.h"
#include "model/announcement.h"
#include "model/citations.h"
#include "model/control_keys.h"
#include "model/ladder.h"
#include "model/partial_state.h"
#include "model/permalink.h"
#include "model/state_snapshot.h"
#include "model/view.h"
#include "model/view_texts.h"
#include "model/widget_document.h"
#include "test_assets.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <functional>

using namespace aicost;
using aicost::testing::fresh;
using aicost::testing::shipped_catalog;
using aicost::testing::shipped_strings;

namespace {

WidgetState in_view(View view, const std::string& scenario = "r1-nature",
                    const Lang& lang = english()) {
    WidgetState state = fresh(lang);
    select_scenario(state, shipped_catalog(), scenario);
    state.view = view;
    return state;
}

bool has_warning(const WidgetState& state, const std::string& code) {
    for (const Warning& warning : state.warnings)
        if (warning.code == code) return true;
    return false;
}

DocNode document(const WidgetState& state, DocMode mode = DocMode::Live, bool narrow = false) {
    return widget_document(state, shipped_catalog(), shipped_strings(), mode, narrow);
}

size_t count(const DocNode& root, const std::function<bool(const DocNode&)>& match) {
    size_t n = match(root) ? 1 : 0;
    for (const DocNode& child : root.children)
        n += count(child, match);
    return n;
}

size_t count_tag(const DocNode& root, const std::string& tag) {
    return count(root, [&](const DocNode& node) { return node.tag == tag; });
}

bool has_key(const DocNode& root, const std::string& key) {
    return count(root, [&](const DocNode& node) {
               const std::string* k = node.attribute("data-key");
               return k && *k == key;
           }) > 0;
}

size_t sliders(const DocNode& root) {
    return count(root, [](const DocNode& node) {
        const std::string* type = node.attribute("type");
        return node.tag == "input" && type && *type == "range";
    });
}

bool shows_current_rung(const WidgetState& state) {
    for (const Rung& rung : shown_rungs(shipped_catalog(), state))
        if (rung.computed) return true;
    return false;
}

} // namespace

TEST(ViewNames, EveryViewReadsBackFromItsName) {
    for (const auto& [view, name] : kViewNames)
        EXPECT_EQ(parse_view(name), view) << name;
    EXPECT_FALSE(parse_view("map").has_value());
    EXPECT_FALSE(parse_view("Ladder").has_value()) << "names are exact, as in a link";
}

TEST(ViewPermalink, TheFullViewIsNotWritten) {
    EXPECT_EQ(encode_permalink(fresh(), shipped_catalog()).find("view="), std::string::npos);
}

TEST(ViewPermalink, EveryOtherViewRoundTrips) {
    for (View view : {View::Ladder, View::Calculator}) {
        WidgetState state = in_view(view, "v3-final-run");
        set_input(state, "pretraining", "gpu_hours", 1234567);
        const std::string link = encode_permalink(state, shipped_catalog());
        EXPECT_NE(link.find("view=" + std::string(view_name(view))), std::string::npos) << link;
        const WidgetState back = decode_permalink(link, shipped_catalog(), french());
        EXPECT_TRUE(back.warnings.empty());
        EXPECT_EQ(back.view, view);
        EXPECT_EQ(back.scenario.id, "v3-final-run");
        EXPECT_EQ(encode_permalink(back, shipped_catalog()), link);
    }
}

TEST(ViewPermalink, AnUnknownViewGivesTheFullWidgetAndAWarning) {
    const WidgetState state =
        decode_permalink("v=1&scenario=v3-final-run&view=map", shipped_catalog(), english());
    EXPECT_EQ(state.view, View::Full);
    EXPECT_TRUE(has_warning(state, "bad-view"));
    EXPECT_EQ(state.scenario.id, "v3-final-run") << "the rest of the link still holds";
    EXPECT_NE(warning_message(state.warnings[0], shipped_strings(), english()).find("map"),
              std::string::npos);
}

TEST(ViewState, SetStateChangesTheView) {
    WidgetState state = fresh();
    apply_state_json(state, shipped_catalog(), R"({"view":"ladder"})");
    EXPECT_EQ(state.view, View::Ladder);
    EXPECT_TRUE(state.warnings.empty());
}

TEST(ViewState, SetStateWithAnUnknownViewWarnsAndKeepsTheView) {
    WidgetState state = in_view(View::Calculator);
    apply_state_json(state, shipped_catalog(), R"({"view":"everything"})");
    EXPECT_EQ(state.view, View::Calculator);
    EXPECT_TRUE(has_warning(state, "bad-view"));
}

TEST(ViewState, GetStateNamesTheView) {
    const auto json = nlohmann::json::parse(
        state_json(in_view(View::Ladder), shipped_catalog(), shipped_strings(), ""));
    EXPECT_EQ(json.at("view"), "ladder");
}

TEST(ViewDocument, EveryViewHasOneH1InEachModeAndLanguage) {
    for (const auto& [view, name] : kViewNames)
        for (const Lang& lang : shipped_catalog().languages)
            for (DocMode mode : {DocMode::Static, DocMode::Live}) {
                const DocNode doc = document(in_view(view, "r1-nature", lang), mode);
                EXPECT_EQ(count_tag(doc, "h1"), 1u) << name;
                EXPECT_EQ(*doc.attribute("data-view"), name);
            }
}

TEST(ViewDocument, TheLadderIsEveryRungAndNoSlider) {
    const WidgetState state = in_view(View::Ladder);
    const DocNode doc = document(state);
    for (const Rung& rung : shown_rungs(shipped_catalog(), state))
        EXPECT_TRUE(has_key(doc, rung_key(rung.id))) << rung.id;
    EXPECT_EQ(sliders(doc), 0u);
    for (const Scenario& scenario : shipped_catalog().scenarios)
        EXPECT_FALSE(has_key(doc, scenario_key(scenario.id))) << "no picker";
    EXPECT_NE(text_content(doc).find(text(shipped_strings(), english(), "ladder.caution")),
              std::string::npos);
}

TEST(ViewDocument, TheCalculatorIsOneScenarioWithEverySliderAndNoScale) {
    const WidgetState state = in_view(View::Calculator);
    const DocNode doc = document(state, DocMode::Live, true);
    size_t inputs = 0;
    for (const Line& line : state.scenario.lines)
        for (const Input& input : line.inputs) {
            ++inputs;
            EXPECT_TRUE(has_key(doc, slider_key(line.id, input.key))) << line.id << input.key;
        }
    EXPECT_EQ(sliders(doc), inputs) << "a phone still sees every slider, unfolded";
    for (const Rung& rung : ladder_rungs(shipped_catalog(), state))
        EXPECT_FALSE(has_key(doc, rung_key(rung.id))) << rung.id;
    for (const Scenario& scenario : shipped_catalog().scenarios)
        EXPECT_FALSE(has_key(doc, scenario_key(scenario.id))) << scenario.id;
    const std::string text = text_content(doc);
    EXPECT_NE(text.find(state.scenario.published.front().label.in("en")), std::string::npos);
}

TEST(ViewDocument, ANarrowFullWidgetFoldsThePickerIntoOneButtonNamingTheScenario) {
    WidgetState state = in_view(View::Full);
    DocNode doc = document(state, DocMode::Live, true);
    EXPECT_TRUE(has_key(doc, fold_key(kPickerFold)));
    for (const Scenario& scenario : shipped_catalog().scenarios)
        EXPECT_FALSE(has_key(doc, scenario_key(scenario.id))) << scenario.id;
    apply_action(state, shipped_catalog(), fold_key(kPickerFold));
    doc = document(state, DocMode::Live, true);
    for (const Scenario& scenario : shipped_catalog().scenarios)
        EXPECT_TRUE(has_key(doc, scenario_key(scenario.id))) << scenario.id;
    apply_action(state, shipped_catalog(), scenario_key("v3-final-run"));
    EXPECT_EQ(state.open_folds.count(std::string(kPickerFold)), 0u) << "a choice closes the list";
}

TEST(ViewDocument, AWideFullWidgetShowsEveryScenario) {
    const DocNode doc = document(in_view(View::Full), DocMode::Live, false);
    EXPECT_FALSE(has_key(doc, fold_key(kPickerFold)));
    for (const Scenario& scenario : shipped_catalog().scenarios)
        EXPECT_TRUE(has_key(doc, scenario_key(scenario.id))) << scenario.id;
}

TEST(ViewLadder, TheLadderAloneLeavesOutAnUnchangedReadersTotal) {
    WidgetState state = in_view(View::Ladder);
    EXPECT_FALSE(shows_current_rung(state)) << "it would repeat the published figure";
    set_input(state, "r1", "hours", 96);
    EXPECT_TRUE(shows_current_rung(state)) << "a link that changed a figure shows it";
}

TEST(ViewLadder, TheLadderAloneShowsTheReadersTotalWhenCompared) {
    WidgetState state = in_view(View::Ladder);
    state.compare = {std::string(kCurrentRung), "gpt-4"};
    EXPECT_TRUE(shows_current_rung(state));
}

TEST(ViewLadder, TheFullWidgetAlwaysShowsTheReadersTotal) {
    EXPECT_TRUE(shows_current_rung(in_view(View::Full)));
}

TEST(ViewScalePosition, EveryTotalSitsBetweenItsNearestNeighbours) {
    for (const Scenario& scenario : shipped_catalog().scenarios) {
        const WidgetState state = in_view(View::Full, scenario.id);
        const std::vector<Rung> rungs = ladder_rungs(shipped_catalog(), state);
        const ScalePosition position = scale_position(state, rungs);
        ASSERT_TRUE(position.lower || position.upper) << scenario.id;
        if (position.lower) {
            EXPECT_LE(position.lower->usd, position.usd) << scenario.id;
        }
        if (position.upper) {
            EXPECT_GT(position.upper->usd, position.usd) << scenario.id;
        }
        for (const Rung& rung : rungs) {
            if (rung.computed || rung.id == scenario.id) continue;
            EXPECT_FALSE(position.lower && rung.usd > position.lower->usd &&
                         rung.usd <= position.usd)
                << scenario.id << ": " << rung.id << " is nearer below";
            EXPECT_FALSE(position.upper && rung.usd < position.upper->usd &&
                         rung.usd > position.usd)
                << scenario.id << ": " << rung.id << " is nearer above";
        }
        const std::string sentence = scale_position_text(
            position, shipped_catalog().currencies.front(), shipped_strings(), english());
        if (position.upper) {
            EXPECT_NE(sentence.find(rung_label(*position.upper, shipped_strings(), english())),
                      std::string::npos)
                << sentence;
        }
    }
}

TEST(ViewScalePosition, ATotalUnderEveryFigureSaysSo) {
    WidgetState state = in_view(View::Full);
    const std::vector<Line> lines = state.scenario.lines;
    for (const Line& line : lines) // every figure at its slider's minimum
        for (const Input& input : line.inputs)
            set_input(state, line.id, input.key, 0.0);
    const std::vector<Rung> rungs = ladder_rungs(shipped_catalog(), state);
    const ScalePosition position = scale_position(state, rungs);
    for (const Rung& rung : rungs) {
        if (rung.computed || rung.id == state.scenario.id) continue;
        ASSERT_GT(rung.usd, position.usd) << "the case is real: " << rung.id;
    }
    EXPECT_EQ(position.lower, nullptr);
    ASSERT_NE(position.upper, nullptr);
    const std::string sentence = scale_position_text(position, shipped_catalog().currencies.front(),
                                                     shipped_strings(), english());
    EXPECT_NE(sentence.find(rung_label(*position.upper, shipped_strings(), english())),
              std::string::npos)
        << sentence;
}

TEST(ViewCitations, ALineCitesAgainOnlyWhatTheLineAboveDidNot) {
    const Line* previous = nullptr;
    bool some_differ = false;
    for (const Scenario& scenario : shipped_catalog().scenarios)
        for (const Line& line : scenario.lines) {
            EXPECT_TRUE(same_sources(line, line));
            if (previous && !same_sources(*previous, line)) some_differ = true;
            previous = &line;
        }
    EXPECT_TRUE(some_differ) << "the shipped lines do not all cite the same sources";
}

TEST(ViewCitations, TheLadderAloneCitesNoLine) {
    const WidgetState ladder = in_view(View::Ladder);
    const WidgetState full = in_view(View::Full);
    EXPECT_LT(cited_sources(shipped_catalog(), ladder).size(),
              cited_sources(shipped_catalog(), full).size());
    for (const Citation& citation : cited_sources(shipped_catalog(), ladder))
        EXPECT_FALSE(citation.source.url.empty());
}

TEST(ViewAnnouncement, TheLadderAloneSaysTheComparisonInANewCurrency) {
    const WidgetState before = in_view(View::Ladder);
    WidgetState after = before;
    after.currency = "eur";
    const std::string said =
        change_announcement(before, after, shipped_catalog(), shipped_strings());
    EXPECT_EQ(said.rfind("Total", 0), std::string::npos) << said;
    EXPECT_NE(said.find("times"), std::string::npos) << said;
    EXPECT_NE(said.find("\u20ac"), std::string::npos) << said;
}
