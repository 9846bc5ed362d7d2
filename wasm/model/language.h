#pragma once
// A language of the widget, as data. strings.json holds each one: its texts, and how it writes
// numbers and money (its "number.*" entries). Adding a language is an edit of strings.json and
// scenarios.json, no code.

#include <string>
#include <string_view>
#include <vector>

namespace aicost {

// How a language writes figures: "294 672 $" and "1,6 Md$" in French, "$294,672" and "$1.6B" in
// English.
struct NumberStyle {
    std::string decimal = ".";                           // "," in French
    std::string group = ",";                             // U+202F (narrow no-break space) in French
    std::string money = "{symbol}{amount}";              // "{amount}\u00A0{symbol}"
    std::string money_short = "{symbol}{amount}{scale}"; // "{amount}\u00A0{scale}{symbol}"
    // Short scale words, smallest first; an empty one is not used (French has no short word for
    // 10^12, so "1 200 Md$" stays in milliards).
    std::string thousand = "K", million = "M", billion = "B", trillion = "T";
};

struct Lang {
    std::string code; // "fr", "en", "de": the key of its table in strings.json
    NumberStyle numbers;
};

inline bool operator==(const Lang& a, const Lang& b) {
    return a.code == b.code;
}
inline bool operator!=(const Lang& a, const Lang& b) {
    return !(a == b);
}

inline std::string_view lang_code(const Lang& lang) {
    return lang.code;
}

// The language with this code among `languages`; nullptr when there is none.
inline const Lang* find_lang(const std::vector<Lang>& languages, std::string_view code) {
    for (const Lang& lang : languages)
        if (lang.code == code) return &lang;
    return nullptr;
}

} // namespace aicost
