#include "model/doc_node.h"

#include <nlohmann/json.hpp>

namespace aicost {

DocNode& DocNode::set(std::string name, std::string value) {
    for (auto& [existing, old] : attributes)
        if (existing == name) {
            old = std::move(value);
            return *this;
        }
    attributes.emplace_back(std::move(name), std::move(value));
    return *this;
}

DocNode& DocNode::add(DocNode child) {
    children.push_back(std::move(child));
    return *this;
}

DocNode& DocNode::add_text(std::string content) {
    if (!content.empty()) children.push_back(text_node(std::move(content)));
    return *this;
}

const std::string* DocNode::attribute(std::string_view name) const {
    for (const auto& [key, value] : attributes)
        if (key == name) return &value;
    return nullptr;
}

DocNode element(std::string tag, std::string text_content) {
    DocNode node;
    node.tag = std::move(tag);
    node.add_text(std::move(text_content));
    return node;
}

DocNode text_node(std::string content) {
    DocNode node;
    node.text = std::move(content);
    return node;
}

namespace {

void escape(std::string& out, std::string_view text, bool in_attribute) {
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            if (in_attribute)
                out += "&quot;";
            else
                out += c;
            break;
        default:
            out += c;
        }
    }
}

bool is_void(std::string_view tag) {
    return tag == "input" || tag == "br" || tag == "hr" || tag == "img" || tag == "meta" ||
           tag == "link";
}

void write_html(std::string& out, const DocNode& node) {
    if (node.tag.empty()) {
        escape(out, node.text, false);
        return;
    }
    out += '<';
    out += node.tag;
    for (const auto& [name, value] : node.attributes) {
        out += ' ';
        out += name;
        out += "=\"";
        escape(out, value, true);
        out += '"';
    }
    out += '>';
    if (is_void(node.tag)) return;
    for (const DocNode& child : node.children)
        write_html(out, child);
    out += "</";
    out += node.tag;
    out += '>';
}

nlohmann::ordered_json json_of(const DocNode& node) {
    if (node.tag.empty()) return node.text;
    nlohmann::ordered_json attributes = nlohmann::ordered_json::object();
    for (const auto& [name, value] : node.attributes)
        attributes[name] = value;
    nlohmann::ordered_json out = nlohmann::ordered_json::array({node.tag, attributes});
    for (const DocNode& child : node.children)
        out.push_back(json_of(child));
    return out;
}

void collect_text(std::string& out, const DocNode& node) {
    out += node.text;
    for (const DocNode& child : node.children)
        collect_text(out, child);
}

} // namespace

std::string to_html(const DocNode& node) {
    std::string out;
    write_html(out, node);
    return out;
}

std::string to_json(const DocNode& node) {
    // Texts come from editors' files: invalid UTF-8 is replaced rather than thrown on.
    return json_of(node).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string text_content(const DocNode& node) {
    std::string out;
    collect_text(out, node);
    return out;
}

} // namespace aicost
