#include "model/doc_node.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace aicost;

TEST(DocNodeHtml, TextIsEscaped) {
    EXPECT_EQ(to_html(element("p", "<script>alert(1)</script> & co")),
              "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>");
}

TEST(DocNodeHtml, AttributesAreEscaped) {
    DocNode a = element("a", "x");
    a.set("href", "https://e.org/?a=1&b=\"2\"");
    EXPECT_EQ(to_html(a), "<a href=\"https://e.org/?a=1&amp;b=&quot;2&quot;\">x</a>");
}

TEST(DocNodeHtml, VoidElementsHaveNoEndTag) {
    DocNode input = element("input");
    input.set("type", "range");
    EXPECT_EQ(to_html(input), "<input type=\"range\">");
}

TEST(DocNodeHtml, SettingAnAttributeTwiceKeepsTheLastValue) {
    DocNode p = element("p");
    p.set("class", "a").set("class", "b");
    EXPECT_EQ(to_html(p), "<p class=\"b\"></p>");
}

TEST(DocNodeHtml, EmptyTextAddsNoChild) {
    EXPECT_TRUE(element("p", "").children.empty());
}

TEST(DocNodeJson, ElementIsTagAttributesThenChildren) {
    DocNode p = element("p", "one");
    p.set("id", "x").add(element("strong", "two"));
    EXPECT_EQ(nlohmann::json::parse(to_json(p)),
              nlohmann::json::parse(R"(["p", {"id": "x"}, "one", ["strong", {}, "two"]])"));
}

TEST(DocNodeJson, InvalidUtf8IsReplacedNotThrown) {
    const std::string json = to_json(element("p", std::string("caf\xC3", 4)));
    EXPECT_TRUE(nlohmann::json::accept(json));
}

TEST(DocNodeText, CollectsAllDescendants) {
    DocNode p = element("p", "a ");
    p.add(element("strong", "b")).add_text(" c");
    EXPECT_EQ(text_content(p), "a b c");
}
