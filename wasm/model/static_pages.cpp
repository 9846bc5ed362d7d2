#include "model/static_pages.h"

#include "model/doc_node.h"
#include "model/widget_document.h"
#include "model/widget_state.h"

namespace aicost {

std::string replace_all(std::string text, std::string_view token, std::string_view value) {
    for (size_t at = text.find(token); at != std::string::npos;
         at = text.find(token, at + value.size()))
        text.replace(at, token.size(), value);
    return text;
}

std::string without_comments(std::string_view html) {
    std::string out;
    std::size_t at = 0;
    for (std::size_t open = html.find("<!--"); open != std::string_view::npos;
         open = html.find("<!--", at)) {
        const std::size_t close = html.find("-->", open + 4);
        if (close == std::string_view::npos) break;
        std::size_t start = open, end = close + 3;
        while (start > at && (html[start - 1] == ' ' || html[start - 1] == '\t'))
            --start;
        if ((start == 0 || html[start - 1] == '\n') && end < html.size() && html[end] == '\n')
            ++end;
        else
            start = open; // text shares its line: only the comment goes
        out.append(html.substr(at, start - at));
        at = end;
    }
    out.append(html.substr(at));
    return out;
}

std::string html_attribute(const std::string& text) {
    return replace_all(to_html(text_node(text)), "\"", "&quot;");
}

namespace {

std::string page(std::string html, std::string_view public_url, const std::string& name,
                 const Scenario& scenario, const Lang& lang, View view, bool default_page,
                 const Catalog& catalog, const Strings& strings) {
    WidgetState state = default_state(catalog, lang);
    select_scenario(state, catalog, scenario.id);
    state.view = view;
    const std::string widget_name = text(strings, lang, "widget.name");
    const bool ladder = view == View::Ladder;
    const std::string title =
        default_page ? widget_name
                     : (ladder ? text(strings, lang, "ladder.title") : scenario.title.in(lang)) +
                           " \u2014 " + widget_name;
    const std::string description = default_page ? text(strings, lang, "page.description")
                                    : ladder     ? text(strings, lang, "ladder.help_static")
                                                 : scenario.summary.in(lang);
    html = replace_all(html, "%PUBLIC_URL%", public_url);
    html = replace_all(html, "%PAGE_LANG%", lang.code);
    html = replace_all(html, "%PAGE_TITLE%", html_attribute(title));
    html = replace_all(html, "%PAGE_DESCRIPTION%", html_attribute(description));
    html = replace_all(html, "%PAGE_NAME%", name);
    // What the page's document holds, for a link asking for other figures (widget-fetch.js):
    // widget.html's language is the reader's browser's when the link names none (widget.js).
    html = replace_all(html, "%PAGE_HOLDS%",
                       html_attribute(scenario.id + " " + std::string(view_name(view)) +
                                      (default_page ? " browser" : "")));
    // The page's texts for sharing and while its figures are pending, in its language.
    for (const char* key : {"widget.name", "page.share_title", "page.share_description",
                            "page.image_alt", "page.locale", "page.pending"})
        html = replace_all(html, std::string("%") + key + "%",
                           html_attribute(text(strings, lang, key)));
    // The same page in every other language, for search engines and social cards.
    std::string alternates;
    for (const Lang& other : catalog.languages) {
        if (other == lang) continue;
        const std::string href =
            std::string(public_url) + (default_page ? "widget.html?lang=" + other.code
                                                    : static_page_name(scenario.id, other, view));
        alternates += "<meta property=\"og:locale:alternate\" content=\"" +
                      html_attribute(text(strings, other, "page.locale")) + "\">\n";
        alternates += "<link rel=\"alternate\" hreflang=\"" + html_attribute(other.code) +
                      "\" href=\"" + html_attribute(href) + "\">\n";
    }
    html = replace_all(html, "%PAGE_ALTERNATES%", alternates);
    // Last: the document's own text may hold anything, tokens included.
    return replace_all(html, "%PAGE_DOCUMENT%",
                       to_html(widget_document(state, catalog, strings, DocMode::Static)));
}

} // namespace

std::vector<StaticPage> static_pages(std::string_view page_template, std::string_view public_url,
                                     const Catalog& catalog, const Strings& strings) {
    std::vector<StaticPage> pages;
    if (catalog.scenarios.empty() || catalog.languages.empty()) return pages;
    // The template's comments are for whoever edits it: readers download the pages without them.
    const std::string html = without_comments(page_template);
    // widget.html is in the first language, as the widget starts.
    pages.push_back(
        {"widget.html", page(html, public_url, "widget.html", catalog.scenarios.front(),
                             catalog.languages.front(), View::Full, true, catalog, strings)});
    const auto add = [&](const Scenario& scenario, const Lang& lang, View view) {
        const std::string name = static_page_name(scenario.id, lang, view);
        pages.push_back(
            {name, page(html, public_url, name, scenario, lang, view, false, catalog, strings)});
    };
    // Each view's page: an embed of a view links its readers without JavaScript to the same.
    for (const Scenario& scenario : catalog.scenarios)
        for (const Lang& lang : catalog.languages) {
            add(scenario, lang, View::Full);
            add(scenario, lang, View::Calculator);
        }
    for (const Lang& lang : catalog.languages)
        add(catalog.scenarios.front(), lang, View::Ladder);
    return pages;
}

} // namespace aicost
