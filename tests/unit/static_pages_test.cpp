// static_pages: the pages for readers without JavaScript, written by the build (CLI) and again by
// the editor page from edited data, with the same code.
#include "model/static_pages.h"
#include "model/widget_document.h"
#include "test_assets.h"

#include <gtest/gtest.h>

#include <regex>

using namespace aicost;
using aicost::testing::read_asset;
using aicost::testing::shipped_catalog;
using aicost::testing::shipped_strings;

namespace {
const std::string& page_template() {
    static const std::string text = read_asset("../site/widget.html.in");
    return text;
}
} // namespace

namespace {
const StaticPage* find_page(const std::vector<StaticPage>& pages, const std::string& name) {
    auto it = std::find_if(pages.begin(), pages.end(),
                           [&](const StaticPage& p) { return p.name == name; });
    return it == pages.end() ? nullptr : &*it;
}
} // namespace

TEST(StaticPages, EachScenarioInEachLanguageWholeAndAsItsCalculatorTheLadderAndTheDefaultPage) {
    const auto pages =
        static_pages(page_template(), "https://example.org/", shipped_catalog(), shipped_strings());
    const size_t scenarios = shipped_catalog().scenarios.size();
    const size_t languages = shipped_catalog().languages.size();
    ASSERT_EQ(pages.size(), 1 + 2 * scenarios * languages + languages);
    EXPECT_EQ(pages.front().name, "widget.html");
    for (const Lang& lang : shipped_catalog().languages) {
        for (const Scenario& scenario : shipped_catalog().scenarios)
            for (View view : {View::Full, View::Calculator}) {
                const std::string name = static_page_name(scenario.id, lang, view);
                const StaticPage* page = find_page(pages, name);
                ASSERT_NE(page, nullptr) << name;
                // The page says what its document holds (widget-fetch.js marks other figures).
                EXPECT_NE(page->html.find("<html lang=\"" + lang.code + "\" data-page=\"" +
                                          scenario.id + " " + std::string(view_name(view)) + "\">"),
                          std::string::npos)
                    << name;
                EXPECT_NE(page->html.find(html_attribute(scenario.title.in(lang))),
                          std::string::npos);
                EXPECT_NE(page->html.find("data-view=\"" + std::string(view_name(view)) + "\""),
                          std::string::npos)
                    << name;
            }
        const StaticPage* ladder = find_page(pages, "widget-ladder-" + lang.code + ".html");
        ASSERT_NE(ladder, nullptr) << lang.code;
        EXPECT_NE(ladder->html.find("data-view=\"ladder\""), std::string::npos);
    }
}

// A ladder embed's reader without JavaScript gets the ladder: no sliders, no lines, no picker.
TEST(StaticPages, TheLadderPageIsTheLadderAlone) {
    const auto pages =
        static_pages(page_template(), "https://example.org/", shipped_catalog(), shipped_strings());
    const StaticPage* ladder = find_page(pages, static_page_name("", english(), View::Ladder));
    ASSERT_NE(ladder, nullptr);
    EXPECT_NE(ladder->html.find("doc-rungs"), std::string::npos);
    for (const char* absent : {"doc-line", "doc-picker", "doc-head", "doc-owning"})
        EXPECT_EQ(ladder->html.find(absent), std::string::npos) << absent;
    const StaticPage* calculator =
        find_page(pages, static_page_name("r1-nature", english(), View::Calculator));
    ASSERT_NE(calculator, nullptr);
    EXPECT_NE(calculator->html.find("doc-line"), std::string::npos);
    for (const char* absent : {"doc-rungs", "doc-picker"})
        EXPECT_EQ(calculator->html.find(absent), std::string::npos) << absent;
}

TEST(StaticPages, NoTokenIsLeftAndLinksAreAbsolute) {
    for (const StaticPage& page : static_pages(page_template(), "https://example.org/ai/",
                                               shipped_catalog(), shipped_strings())) {
        EXPECT_FALSE(std::regex_search(page.html, std::regex("%[A-Za-z_.]+%"))) << page.name;
        EXPECT_NE(page.html.find("<link rel=\"canonical\" href=\"https://example.org/ai/" +
                                 page.name + "\">"),
                  std::string::npos)
            << page.name;
    }
}

TEST(StaticPages, AnEditorsTitleIsEscaped) {
    Catalog catalog = shipped_catalog();
    catalog.scenarios.front().title.set("en", "A <b>bold</b> \"title\"");
    const auto pages =
        static_pages(page_template(), "https://example.org/", catalog, shipped_strings());
    const std::string name = static_page_name(catalog.scenarios.front().id, english());
    auto it = std::find_if(pages.begin(), pages.end(),
                           [&](const StaticPage& p) { return p.name == name; });
    ASSERT_NE(it, pages.end());
    EXPECT_EQ(it->html.find("<b>bold</b>"), std::string::npos);
    EXPECT_NE(it->html.find("A &lt;b&gt;bold&lt;/b&gt; &quot;title&quot;"), std::string::npos);
}

// The template explains itself in comments; readers download every page without them.
TEST(StaticPages, PagesCarryNoneOfTheTemplatesComments) {
    ASSERT_NE(page_template().find("<!--"), std::string::npos);
    for (const StaticPage& page : static_pages(page_template(), "https://example.org/",
                                               shipped_catalog(), shipped_strings()))
        EXPECT_EQ(page.html.find("<!--"), std::string::npos) << page.name;
}

TEST(WithoutComments, ACommentAloneOnItsLinesGoesWithItsIndentationAndLineEnd) {
    EXPECT_EQ(without_comments("<head>\n  <!-- why\n  this -->\n  <meta>\n"), "<head>\n  <meta>\n");
}

TEST(WithoutComments, ACommentSharingItsLineLeavesTheRestOfTheLine) {
    EXPECT_EQ(without_comments("<p>a <!-- b --> c</p>\n"), "<p>a  c</p>\n");
    EXPECT_EQ(without_comments("  <p>a</p> <!-- b -->\n<p>"), "  <p>a</p> \n<p>");
}

TEST(WithoutComments, AnUnclosedCommentIsLeftAsWritten) {
    EXPECT_EQ(without_comments("<p>a</p>\n<!-- b\n<p>c</p>"), "<p>a</p>\n<!-- b\n<p>c</p>");
}

TEST(WithoutComments, TextWithoutCommentsIsUnchanged) {
    EXPECT_EQ(without_comments(""), "");
    EXPECT_EQ(without_comments("<p>-- > <! --</p>"), "<p>-- > <! --</p>");
}
