#pragma once
// A small HTML document tree. The widget's document (what screen readers, keyboards, search
// engines and readers without JavaScript get) is built once as this tree, then written either as
// HTML (the static pages) or as JSON (the live mirror, patched into the page by widget-mirror.js).

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aicost {

struct DocNode {
    std::string tag;  // element name; empty for a text node
    std::string text; // a text node's content
    std::vector<std::pair<std::string, std::string>> attributes; // in writing order
    std::vector<DocNode> children;

    // Builder helpers: return *this so that nodes read like the markup they make.
    DocNode& set(std::string name, std::string value);
    DocNode& add(DocNode child);
    DocNode& add_text(std::string content);
    const std::string* attribute(std::string_view name) const;
};

DocNode element(std::string tag, std::string text_content = {});
DocNode text_node(std::string content);

// HTML, every text and attribute escaped. Void elements (input, br) have no end tag.
std::string to_html(const DocNode& node);

// JSON: a text node is a string, an element is ["tag", {attributes}, child, ...].
std::string to_json(const DocNode& node);

// All the text of a node and its descendants, as a reader would read it.
std::string text_content(const DocNode& node);

} // namespace aicost
