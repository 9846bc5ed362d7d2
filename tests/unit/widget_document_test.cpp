#include "model/actions.h"
#include "model/control_keys.h"
#include "model/equation.h"
#include "model/ladder.h"
#include "model/number_format.h"
#include "model/view_texts.h"
#include "model/widget_document.h"
#include "test_assets.h"

#include <gtest/gtest.h>

#include <functional>
#include <set>

using namespace aicost;
using aicost::testing::shipped_catalog;
using aicost::testing::shipped_strings;

namespace {

WidgetState state_of(const std::string& scenario, const Lang& lang = english()) {
    WidgetState state = default_state(shipped_catalog(), lang);
    select_scenario(state, shipped_catalog(), scenario);
    return state;
}

DocNode document(const WidgetState& state, DocMode mode) {
    return widget_document(state, shipped_catalog(), shipped_strings(), mode);
}

void each(const DocNode& node, const std::function<void(const DocNode&)>& visit) {
    visit(node);
    for (const DocNode& child : node.children)
        each(child, visit);
}

std::vector<const DocNode*> all(const DocNode& root, const std::string& tag) {
    std::vector<const DocNode*> found;
    each(root, [&](const DocNode& node) {
        if (node.tag == tag) found.push_back(&node);
    });
    return found;
}

const DocNode* by_key(const DocNode& root, const std::string& key) {
    const DocNode* found = nullptr;
    each(root, [&](const DocNode& node) {
        const std::string* k = node.attribute("data-key");
        if (k && *k == key) found = &node;
    });
    return found;
}

std::string attr(const DocNode* node, const char* name) {
    const std::string* value = node ? node->attribute(name) : nullptr;
    return value ? *value : "<none>";
}

} // namespace

TEST(StaticDocument, CarriesTheTotalEveryEquationThePublishedFigureAndTheOwning) {
    const WidgetState state = state_of("r1-nature");
    const std::string text = text_content(document(state, DocMode::Static));
    const Currency& usd = shipped_catalog().currencies.front();
    EXPECT_NE(text.find(format_money(scenario_total_usd(state.scenario), usd, english())),
              std::string::npos);
    for (const Line& line : state.scenario.lines)
        EXPECT_NE(text.find(line_equation(line, usd, english(), shipped_strings())),
                  std::string::npos)
            << line.id;
    EXPECT_NE(text.find(state.scenario.published.front().label.in("en")), std::string::npos);
    EXPECT_NE(text.find(format_money(owning_usd(state.scenario), usd, english())),
              std::string::npos);
}

TEST(StaticDocument, ListsEveryLadderRung) {
    const WidgetState state = state_of("v3-final-run");
    const std::string text = text_content(document(state, DocMode::Static));
    for (const Rung& rung : ladder_rungs(shipped_catalog(), state))
        EXPECT_NE(text.find(rung_label(rung, shipped_strings(), english())), std::string::npos)
            << rung.id;
}

TEST(StaticDocument, LinksEverySourceOverHttps) {
    const DocNode doc = document(state_of("r1-nature"), DocMode::Static);
    std::set<std::string> urls;
    for (const DocNode* a : all(doc, "a"))
        if (attr(a, "href").rfind("https://", 0) == 0) urls.insert(attr(a, "href"));
    EXPECT_GE(urls.size(), 8u) << "the sources panel is open on a static page";
}

TEST(StaticDocument, HasNoControlsButLinksToEveryScenarioAndLanguage) {
    const DocNode doc = document(state_of("r1-nature", french()), DocMode::Static);
    EXPECT_TRUE(all(doc, "input").empty());
    EXPECT_TRUE(all(doc, "button").empty());
    std::set<std::string> pages;
    for (const DocNode* a : all(doc, "a"))
        pages.insert(attr(a, "href"));
    for (const Scenario& scenario : shipped_catalog().scenarios)
        EXPECT_EQ(pages.count(static_page_name(scenario.id, french())), 1u) << scenario.id;
    EXPECT_EQ(pages.count("widget-r1-nature-en.html"), 1u);
}

// The written page cannot know the widget's width: it holds the picker as the canvas draws it on a
// phone (one box naming the scenario, which unfolds its list) and as it draws it wider (a link
// each); its styles show one.
TEST(StaticDocument, HoldsThePickerInBothFormsTheCanvasDraws) {
    const DocNode doc = document(state_of("v3-final-run"), DocMode::Static);
    const std::vector<const DocNode*> folds = all(doc, "details");
    ASSERT_EQ(folds.size(), 1u);
    EXPECT_EQ(attr(folds[0], "class"), "doc-picker-fold");
    const std::vector<const DocNode*> summary = all(*folds[0], "summary");
    ASSERT_EQ(summary.size(), 1u);
    EXPECT_EQ(text_content(*summary[0]),
              state_of("v3-final-run").scenario.short_title.in(english()));
    const size_t scenarios = shipped_catalog().scenarios.size();
    EXPECT_EQ(all(*folds[0], "a").size(), scenarios);
    // Each form marks the current page.
    const DocNode* picker = nullptr;
    each(doc, [&](const DocNode& node) {
        if (attr(&node, "class") == "doc-picker") picker = &node;
    });
    ASSERT_NE(picker, nullptr);
    EXPECT_EQ(all(*picker, "a").size(), 2 * scenarios);
    size_t current = 0;
    for (const DocNode* a : all(*picker, "a"))
        if (attr(a, "aria-current") == "page") ++current;
    EXPECT_EQ(current, 2u);
    EXPECT_TRUE(all(document(state_of("v3-final-run"), DocMode::Live), "details").empty());
}

TEST(WidgetDocument, HasOneH1InEveryScenarioModeAndLanguage) {
    for (const Scenario& scenario : shipped_catalog().scenarios)
        for (const Lang& lang : shipped_catalog().languages)
            for (DocMode mode : {DocMode::Static, DocMode::Live}) {
                const DocNode doc = document(state_of(scenario.id, lang), mode);
                EXPECT_EQ(all(doc, "h1").size(), 1u) << scenario.id;
                EXPECT_EQ(attr(&doc, "lang"), lang_code(lang));
            }
}

TEST(LiveDocument, EveryInputHasANamedSliderAndAnExactValueField) {
    for (const char* id : {"r1-nature", "semianalysis-fleet"}) {
        WidgetState state = state_of(id);
        for (const Line& line : state.scenario.lines) // open every folded line
            state.open_folds.insert(line_fold(line.id));
        state.open_folds.insert(std::string(kOwningFold));
        const DocNode doc = document(state, DocMode::Live);
        std::set<std::string> names;
        for (const Line* line : adjustable_lines(state.scenario))
            for (const Input& input : line->inputs) {
                const DocNode* range = by_key(doc, slider_key(line->id, input.key));
                ASSERT_NE(range, nullptr) << line->id << "." << input.key;
                EXPECT_EQ(attr(range, "type"), "range");
                EXPECT_TRUE(names.insert(attr(range, "aria-label")).second)
                    << "every slider's name is its own: " << attr(range, "aria-label");
                EXPECT_EQ(attr(range, "aria-valuetext"),
                          format_input(input, shipped_catalog().currencies.front(), english(),
                                       shipped_strings()));
                const DocNode* field = by_key(doc, value_key(line->id, input.key));
                ASSERT_NE(field, nullptr);
                EXPECT_EQ(attr(field, "inputmode"), "decimal");
            }
    }
}

TEST(LiveDocument, ALogarithmicSliderStillReportsItsValue) {
    const DocNode doc = document(state_of("r1-nature"), DocMode::Live);
    const DocNode* gpus = by_key(doc, slider_key("r1-zero", "gpus"));
    EXPECT_EQ(attr(gpus, "aria-valuenow"), "512");
    EXPECT_EQ(attr(gpus, "aria-valuemin"), "1");
    EXPECT_NE(attr(gpus, "value"), "512") << "the range itself runs over positions";
}

TEST(LiveDocument, ScenariosLanguagesAndRungsAreToggleButtons) {
    const WidgetState state = state_of("v3-final-run");
    const DocNode doc = document(state, DocMode::Live);
    for (const Scenario& scenario : shipped_catalog().scenarios) {
        const DocNode* b = by_key(doc, scenario_key(scenario.id));
        ASSERT_NE(b, nullptr);
        EXPECT_EQ(b->tag, "button");
        EXPECT_EQ(attr(b, "aria-pressed"), scenario.id == "v3-final-run" ? "true" : "false");
    }
    EXPECT_EQ(attr(by_key(doc, lang_key(english())), "aria-pressed"), "true");
    int compared = 0;
    for (const Rung& rung : ladder_rungs(shipped_catalog(), state))
        compared += attr(by_key(doc, rung_key(rung.id)), "aria-pressed") == "true";
    EXPECT_EQ(compared, 2);
}

TEST(LiveDocument, AFoldedPartIsHiddenEmptyAndNamedByItsToggle) {
    WidgetState state = state_of("r1-nature");
    DocNode doc = document(state, DocMode::Live);
    const DocNode* toggle = by_key(doc, fold_key(kSourcesFold));
    ASSERT_NE(toggle, nullptr);
    EXPECT_EQ(attr(toggle, "aria-expanded"), "false");
    EXPECT_EQ(by_key(doc, source_key(0)), nullptr);
    apply_action(state, shipped_catalog(), fold_key(kSourcesFold));
    doc = document(state, DocMode::Live);
    EXPECT_EQ(attr(by_key(doc, fold_key(kSourcesFold)), "aria-expanded"), "true");
    EXPECT_EQ(attr(by_key(doc, source_key(0)), "href").rfind("https://", 0), 0u);
}

TEST(LiveDocument, ResetAppearsOnlyOnceSomethingMoved) {
    WidgetState state = state_of("r1-nature");
    EXPECT_EQ(by_key(document(state, DocMode::Live), std::string(kResetKey)), nullptr);
    set_input(state, "r1", "hours", 96);
    EXPECT_NE(by_key(document(state, DocMode::Live), std::string(kResetKey)), nullptr);
}

TEST(LiveDocument, NoticesComeWithADismissButton) {
    WidgetState state = state_of("r1-nature");
    state.warnings.add("bad-lang", "lang", "xx");
    const DocNode doc = document(state, DocMode::Live);
    EXPECT_NE(text_content(doc).find("xx"), std::string::npos);
    EXPECT_NE(by_key(doc, std::string(kDismissKey)), nullptr);
}

TEST(LiveDocument, ALinkWithManyProblemsListsAFewAsTheCanvasDoes) {
    WidgetState state = state_of("r1-nature");
    for (int i = 0; i < 50; ++i)
        state.warnings.add("unknown-input", "r1.k" + std::to_string(i), "");
    const DocNode doc = document(state, DocMode::Live);
    EXPECT_EQ(all(doc, "li").size() -
                  all(document(state_of("r1-nature"), DocMode::Live), "li").size(),
              kWarningsShown + 1);
    EXPECT_NE(text_content(doc).find("\u2026"), std::string::npos);
}

TEST(LiveDocument, EveryControlHasAUniqueIdFromItsKey) {
    WidgetState state = state_of("semianalysis-fleet");
    state.open_folds.insert(std::string(kSourcesFold));
    std::set<std::string> ids;
    each(document(state, DocMode::Live), [&](const DocNode& node) {
        if (const std::string* id = node.attribute("id")) {
            EXPECT_TRUE(ids.insert(*id).second) << *id;
        }
        if (const std::string* key = node.attribute("data-key")) {
            EXPECT_EQ(attr(&node, "id"), dom_id(*key));
        }
    });
}

TEST(WidgetDocument, EditorsTextIsNeverMarkup) {
    WidgetState state = state_of("r1-nature");
    state.scenario.title.set("en", "<img src=x onerror=alert(1)>");
    state.scenario.lines[0].source.url = "javascript:alert(1)";
    const std::string html = to_html(document(state, DocMode::Live));
    EXPECT_EQ(html.find("<img"), std::string::npos);
    EXPECT_NE(html.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
    EXPECT_EQ(html.find("href=\"javascript:"), std::string::npos) << "only https is linked";
}

TEST(WidgetDocument, DataErrorIsOneAlertWithThePath) {
    const std::string message = data_error_text("scenarios.json: scenarios[0].lines[2]: oops",
                                                shipped_strings(), english());
    const std::string html = to_html(data_error_document(message, english()));
    EXPECT_NE(html.find("role=\"alert\""), std::string::npos) << html;
    EXPECT_NE(html.find("The calculator’s data is invalid: scenarios.json: scenarios[0].lines[2]"),
              std::string::npos)
        << html;
}

TEST(WidgetDocument, DataErrorWithoutStringsIsTheDetailAlone) {
    EXPECT_EQ(data_error_text("strings.json:3:5: unexpected '}'", Strings{}, french()),
              "strings.json:3:5: unexpected '}'");
}
