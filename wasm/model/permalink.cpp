#include "model/permalink.h"

#include "model/number_format.h"

#include <cmath>
#include <cstdlib>

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

std::string shorten(std::string_view text) {
    std::string out(text.substr(0, 40));
    if (text.size() > 40) out += "…";
    return out;
}

} // namespace

std::string encode_permalink(const WidgetState& state, const Catalog& catalog) {
    std::string query = "v=" + std::to_string(kPermalinkVersion);
    query += "&scenario=" + percent_encode(state.scenario.id);
    query += "&lang=" + std::string(lang_code(state.lang));
    if (state.currency != "usd") query += "&currency=" + percent_encode(state.currency);
    if (state.theme != Theme::Auto) query += "&theme=" + std::string(theme_name(state.theme));
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

WidgetState decode_permalink(std::string_view query, const Catalog& catalog, Lang fallback_lang) {
    if (!query.empty() && query.front() == '?') query.remove_prefix(1);

    struct Pair {
        std::string key, value;
    };
    std::vector<Pair> pairs;
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
        pairs.push_back(std::move(pair));
    }

    auto find = [&](std::string_view key) -> const Pair* {
        for (const Pair& pair : pairs)
            if (pair.key == key) return &pair;
        return nullptr;
    };

    Lang lang = fallback_lang;
    std::vector<Warning> warnings;
    if (malformed) warnings.push_back({"malformed-link", "", ""});
    if (const Pair* p = find("lang")) {
        if (auto parsed = parse_lang(p->value))
            lang = *parsed;
        else
            warnings.push_back({"bad-lang", "lang", shorten(p->value)});
    }

    WidgetState state = default_state(catalog, lang);
    if (const Pair* p = find("v"); p && p->value != std::to_string(kPermalinkVersion)) {
        warnings.push_back({"bad-version", "v", shorten(p->value)});
        state.warnings = std::move(warnings);
        return state;
    }
    bool scenario_known = true;
    if (const Pair* p = find("scenario")) {
        scenario_known = select_scenario(state, catalog, p->value);
        if (!scenario_known)
            warnings.push_back({"unknown-scenario", "scenario", shorten(p->value)});
    }
    if (const Pair* p = find("currency")) {
        if (find_currency(catalog, p->value))
            state.currency = p->value;
        else
            warnings.push_back({"bad-currency", "currency", shorten(p->value)});
    }
    if (const Pair* p = find("theme")) {
        if (auto theme = parse_theme(p->value))
            state.theme = *theme;
        else
            warnings.push_back({"bad-theme", "theme", shorten(p->value)});
    }
    if (const Pair* p = find("compare")) {
        const size_t comma = p->value.find(',');
        if (comma == std::string::npos ||
            !set_compare(state, catalog, p->value.substr(0, comma), p->value.substr(comma + 1)))
            warnings.push_back({"bad-compare", "compare", shorten(p->value)});
    }

    // Inputs, "line.key=value". With an unknown scenario they cannot belong to the default one.
    for (const Pair& pair : pairs) {
        size_t dot = pair.key.find('.');
        if (dot == std::string::npos || !scenario_known) continue;
        std::string line_id = pair.key.substr(0, dot);
        std::string input_key = pair.key.substr(dot + 1);
        Line* line = find_line(state.scenario, line_id);
        if (!line) {
            warnings.push_back({"unknown-line", shorten(pair.key), shorten(pair.value)});
            continue;
        }
        if (!find_input(*line, input_key)) {
            warnings.push_back({"unknown-input", shorten(pair.key), shorten(pair.value)});
            continue;
        }
        double value = 0.0;
        if (!parse_number(pair.value, value)) {
            warnings.push_back({"bad-number", shorten(pair.key), shorten(pair.value)});
            continue;
        }
        set_input(state, line_id, input_key, value); // adds its own warning when clamped
    }
    warnings.insert(warnings.end(), state.warnings.begin(), state.warnings.end());
    state.warnings = std::move(warnings);
    return state;
}

} // namespace aicost
