#include "model/permalink.h"

#include "model/number_format.h"
#include "model/settings.h"
#include "model/widget_document.h"

#include <cmath>
#include <cstdlib>
#include <set>

namespace aicost {
namespace {

bool is_unreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

std::string percent_encode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (is_unreserved(static_cast<char>(c))) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// False when a '%' is not followed by two hex digits.
bool percent_decode(std::string_view text, std::string& out) {
    out.clear();
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            int high = i + 1 < text.size() ? hex_value(text[i + 1]) : -1;
            int low = i + 2 < text.size() ? hex_value(text[i + 2]) : -1;
            if (high < 0 || low < 0) return false;
            out += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            out += c;
        }
    }
    return true;
}

// Strict: the whole text must be a finite decimal number ("1e3" allowed, "12abc", "" and "nan"
// not).
bool parse_number(const std::string& text, double& value) {
    if (text.empty() || text.size() > 32) return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E'))
            return false;
    char* end = nullptr;
    value = std::strtod(text.c_str(), &end);
    return end == text.c_str() + text.size() && std::isfinite(value);
}

// A real permalink is a few hundred bytes; a longer one is read up to this length only, so a
// hostile link costs time linear in this bound, not in what it carries.
constexpr size_t kMaxLinkBytes = 4096;

bool is_setting_key(std::string_view key) {
    for (std::string_view known : {"v", "scenario", "lang", "currency", "theme", "view", "compare"})
        if (key == known) return true;
    return false;
}

std::string lower_case(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// The key a link meant: "amp;scenario" (a link copied from HTML source) and "Currency" (a CMS
// that capitalised it) are read as "scenario" and "currency", with a warning saying so.
std::string meant_key(const std::string& key, Warnings& warnings) {
    std::string meant = key.rfind("amp;", 0) == 0 ? key.substr(4) : key;
    const std::string lower = lower_case(meant);
    if (lower != meant && (is_setting_key(lower) || lower.find('.') != std::string::npos))
        meant = lower;
    if (meant != key && (is_setting_key(meant) || meant.find('.') != std::string::npos))
        warnings.add("key-read-as", key, meant);
    else
        meant = key; // not one of ours (utm_source, childId…): left alone
    return meant;
}

} // namespace

std::string encode_permalink(const WidgetState& state, const Catalog& catalog) {
    std::string query = "v=" + std::to_string(kPermalinkVersion);
    query += "&scenario=" + percent_encode(state.scenario.id);
    query += "&lang=" + std::string(lang_code(state.lang));
    if (state.currency != "usd") query += "&currency=" + percent_encode(state.currency);
    if (state.theme != Theme::Auto) query += "&theme=" + std::string(theme_name(state.theme));
    if (state.view != View::Full) query += "&view=" + std::string(view_name(state.view));
    if (state.compare != default_state(catalog, state.lang).compare)
        query +=
            "&compare=" + percent_encode(state.compare[0]) + "," + percent_encode(state.compare[1]);
    for (const Line* line : adjustable_lines(state.scenario))
        for (const Input& input : line->inputs)
            if (input.value != input.default_value)
                query += "&" + percent_encode(line->id) + "." + percent_encode(input.key) + "=" +
                         format_round_trip(input.value);
    return query;
}

std::string permalink_url(std::string_view folder, const WidgetState& state,
                          const Catalog& catalog) {
    // Without scenarios (data that did not load) there is no page of one: widget.html holds any.
    const std::string page = catalog.scenarios.empty()
                                 ? std::string("widget.html")
                                 : static_page_name(state.scenario.id, state.lang, state.view);
    return std::string(folder) + page + "?" + encode_permalink(state, catalog);
}

WidgetState decode_permalink(std::string_view query, const Catalog& catalog, Lang fallback_lang) {
    if (!query.empty() && query.front() == '?') query.remove_prefix(1);
    Warnings warnings;
    if (query.size() > kMaxLinkBytes) {
        warnings.add("link-too-long", "", std::to_string(kMaxLinkBytes));
        const size_t cut = query.rfind('&', kMaxLinkBytes);
        query = query.substr(0, cut == std::string_view::npos ? 0 : cut);
    }

    struct Pair {
        std::string key, value;
    };
    std::vector<Pair> pairs;
    std::set<std::string, std::less<>> seen;
    bool malformed = false;
    while (!query.empty()) {
        size_t amp = query.find('&');
        std::string_view part = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (part.empty()) continue;
        size_t eq = part.find('=');
        Pair pair;
        if (eq == std::string_view::npos || !percent_decode(part.substr(0, eq), pair.key) ||
            !percent_decode(part.substr(eq + 1), pair.value)) {
            malformed = true;
            continue;
        }
        pair.key = meant_key(pair.key, warnings);
        // One value per key: the first, as for the scenario; a second one is named, not used.
        if (!seen.insert(pair.key).second) {
            if (is_setting_key(pair.key) || pair.key.find('.') != std::string::npos)
                warnings.add("repeated-key", pair.key, pair.value);
            continue;
        }
        pairs.push_back(std::move(pair));
    }

    auto find = [&](std::string_view key) -> const Pair* {
        for (const Pair& pair : pairs)
            if (pair.key == key) return &pair;
        return nullptr;
    };

    if (malformed) warnings.add("malformed-link");
    WidgetState state = default_state(catalog, fallback_lang);
    state.warnings = std::move(warnings);
    if (const Pair* p = find("lang")) apply_lang(state, catalog, p->value);
    if (const Pair* p = find("v"); p && p->value != std::to_string(kPermalinkVersion)) {
        state.warnings.add("bad-version", "v", p->value);
        return state;
    }
    const Pair* scenario = find("scenario");
    // Inputs of an unknown scenario cannot belong to the default one: they are left out.
    const bool scenario_known = !scenario || apply_scenario(state, catalog, scenario->value);
    if (const Pair* p = find("currency")) apply_currency(state, catalog, p->value);
    if (const Pair* p = find("theme")) apply_theme(state, p->value);
    if (const Pair* p = find("view")) apply_view(state, p->value);
    if (const Pair* p = find("compare")) {
        const size_t comma = p->value.find(',');
        if (comma == std::string::npos)
            state.warnings.add("bad-compare", "compare", p->value);
        else
            apply_compare(state, catalog, std::string_view(p->value).substr(0, comma),
                          std::string_view(p->value).substr(comma + 1), p->value);
    }

    // Inputs, "line.key=value".
    for (const Pair& pair : pairs) {
        const size_t dot = pair.key.find('.');
        if (dot == std::string::npos || !scenario_known) continue;
        double value = 0.0;
        apply_input(state, std::string_view(pair.key).substr(0, dot),
                    std::string_view(pair.key).substr(dot + 1),
                    parse_number(pair.value, value) ? std::optional<double>(value) : std::nullopt,
                    pair.value);
    }
    return state;
}

} // namespace aicost
