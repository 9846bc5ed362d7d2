#pragma once
// The pages for readers without JavaScript or WebAssembly, search engines and reader modes: each
// scenario in each language as widget-<scenario>-<lang>.html and as its calculator alone
// (widget-calculator-<scenario>-<lang>.html), the ladder in each language
// (widget-ladder-<lang>.html), and widget.html (the default scenario in the first language, the
// permalink's base), each with its document written in.
// The build writes them with the native CLI; the editor page writes them again, in the browser,
// from edited data, so that they never keep figures the data no longer has.

#include "model/strings.h"

#include <string>
#include <string_view>
#include <vector>

namespace aicost {

struct StaticPage {
    std::string name; // "widget-r1-nature-fr.html"
    std::string html;
};

// `page_template` is site/widget.html.in: %PUBLIC_URL% is `public_url` (ending in /), %PAGE_…%
// each page's language, title, description, name, other languages and document, and %key% the
// text of strings.json's key in the page's language. Its comments stay out of the pages.
std::vector<StaticPage> static_pages(std::string_view page_template, std::string_view public_url,
                                     const Catalog& catalog, const Strings& strings);

// `html` without its comments; one alone on its lines takes its indentation and line end with it.
// An unclosed comment is left as written.
std::string without_comments(std::string_view html);

// Text for an HTML attribute or <title>: &, <, > and " escaped.
std::string html_attribute(const std::string& text);

// `text` with every `token` replaced by `value`.
std::string replace_all(std::string text, std::string_view token, std::string_view value);

} // namespace aicost
