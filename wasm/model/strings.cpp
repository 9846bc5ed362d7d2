#include "model/strings.h"

#include "model/json_reader.h"

#include <algorithm>

namespace aicost {

namespace {

// How the language writes numbers: its "number.*" texts, each required.
NumberStyle number_style(const std::string& code, const Strings& strings,
                         std::vector<std::string>& errors) {
    NumberStyle style;
    const std::pair<const char*, std::string*> fields[] = {
        {"number.decimal", &style.decimal},   {"number.group", &style.group},
        {"number.money", &style.money},       {"number.money_short", &style.money_short},
        {"number.thousand", &style.thousand}, {"number.million", &style.million},
        {"number.billion", &style.billion},   {"number.trillion", &style.trillion},
    };
    for (const auto& [key, field] : fields) {
        auto it = strings.texts.find(key);
        const bool given = it != strings.texts.end() &&
                           std::any_of(it->second.texts.begin(), it->second.texts.end(),
                                       [&](const auto& entry) { return entry.first == code; });
        if (given)
            *field = it->second.in(code);
        else
            errors.push_back(code + "." + key + ": missing (how this language writes numbers)");
    }
    if (style.decimal.empty()) errors.push_back(code + ".number.decimal: must not be empty");
    return style;
}

} // namespace

StringsParse parse_strings(std::string_view json_text) {
    StringsParse result;
    // Strict, as for scenarios.json: a text given twice would otherwise keep the last silently.
    const JsonRead read = read_json(json_text);
    if (!read.ok()) {
        result.errors.push_back(describe(read.error, "strings.json"));
        return result;
    }
    const auto& root = read.value;
    if (!root.is_object() || root.empty()) {
        result.errors.push_back("strings.json: expected an object of language code → texts");
        return result;
    }
    for (auto table = root.begin(); table != root.end(); ++table) {
        const std::string& code = table.key();
        if (!table->is_object()) {
            result.errors.push_back(code + ": expected an object of texts");
            continue;
        }
        for (auto it = table->begin(); it != table->end(); ++it) {
            if (!it->is_string()) {
                result.errors.push_back(code + "." + it.key() + ": expected a string");
                continue;
            }
            result.strings.texts[it.key()].set(code, it->get<std::string>());
        }
        result.strings.languages.push_back({code, {}});
    }
    for (const auto& [key, entry] : result.strings.texts)
        for (const Lang& lang : result.strings.languages)
            if (std::none_of(entry.texts.begin(), entry.texts.end(),
                             [&](const auto& text) { return text.first == lang.code; }))
                result.errors.push_back(lang.code + "." + key + ": missing translation");
    for (Lang& lang : result.strings.languages)
        lang.numbers = number_style(lang.code, result.strings, result.errors);
    return result;
}

const Lang& lang_or_default(const Strings& strings, std::string_view code) {
    static const Lang kFallback{"en", {}};
    if (const Lang* lang = find_lang(strings.languages, code)) return *lang;
    return strings.languages.empty() ? kFallback : strings.languages.front();
}

std::string text(const Strings& strings, const Lang& lang, std::string_view key) {
    auto it = strings.texts.find(key);
    return it == strings.texts.end() ? std::string(key) : it->second.in(lang);
}

std::string fill(std::string pattern,
                 const std::vector<std::pair<std::string, std::string>>& values) {
    for (const auto& [name, value] : values) {
        const std::string token = "{" + name + "}";
        for (size_t at = pattern.find(token); at != std::string::npos;
             at = pattern.find(token, at + value.size()))
            pattern.replace(at, token.size(), value);
    }
    return pattern;
}

} // namespace aicost
