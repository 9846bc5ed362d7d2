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

TEST(StaticPages, OnePerScenarioAndLanguageAndTheDefaultPage) {
    const auto pages =
        static_pages(page_template(), "https://example.org/", shipped_catalog(), shipped_strings());
    ASSERT_EQ(pages.size(),
              1 + shipped_catalog().scenarios.size() * shipped_catalog().languages.size());
    EXPECT_EQ(pages.front().name, "widget.html");
    for (const Scenario& scenario : shipped_catalog().scenarios)
        for (const Lang& lang : shipped_catalog().languages) {
            const std::string name = static_page_name(scenario.id, lang);
            auto it = std::find_if(pages.begin(), pages.end(),
                                   [&](const StaticPage& p) { return p.name == name; });
            ASSERT_NE(it, pages.end()) << name;
            EXPECT_NE(it->html.find("<html lang=\"" + lang.code + "\">"), std::string::npos);
            EXPECT_NE(it->html.find(html_attribute(scenario.title.in(lang))), std::string::npos);
        }
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
