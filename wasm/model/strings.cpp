#include "model/strings.h"

#include "model/json_reader.h"

namespace aicost {

StringsParse parse_strings(std::string_view json_text) {
    StringsParse result;
    // Strict, as for scenarios.json: a text given twice would otherwise keep the last silently.
    const JsonRead read = read_json(json_text);
    if (!read.ok()) {
        result.errors.push_back(describe(read.error, "strings.json"));
        return result;
    }
    const auto& root = read.value;
    if (!root.is_object()) {
        result.errors.push_back("strings.json: expected an object of language → texts");
        return result;
    }
    for (const char* lang : {"fr", "en"}) {
        auto table = root.find(lang);
        if (table == root.end() || !table->is_object()) {
            result.errors.push_back(std::string("strings.json: missing the \"") + lang +
                                    "\" table");
            continue;
        }
        for (auto it = table->begin(); it != table->end(); ++it) {
            if (!it->is_string()) {
                result.errors.push_back(std::string(lang) + "." + it.key() + ": expected a string");
                continue;
            }
            LocalizedText& entry = result.strings.texts[it.key()];
            (std::string_view(lang) == "fr" ? entry.fr : entry.en) = it->get<std::string>();
        }
    }
    for (const auto& [key, entry] : result.strings.texts) {
        if (entry.fr.empty()) result.errors.push_back("fr." + key + ": missing translation");
        if (entry.en.empty()) result.errors.push_back("en." + key + ": missing translation");
    }
    return result;
}

std::string text(const Strings& strings, Lang lang, std::string_view key) {
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
