// A language is data: a third one added to strings.json and scenarios.json alone, as an editor
// would (here German, copied from English), works everywhere with no warning and no code.
#include "model/number_format.h"
#include "model/permalink.h"
#include "model/view_texts.h"
#include "model/widget_document.h"
#include "test_assets.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace aicost;
using aicost::testing::read_asset;
using Json = nlohmann::ordered_json;

namespace {

// Every { "fr": …, "en": … } text of the document gets a "de" copy of its English.
void add_german_texts(Json& value) {
    if (value.is_object()) {
        if (value.contains("fr") && value.contains("en") && value["en"].is_string())
            value["de"] = value["en"];
        for (auto& member : value)
            add_german_texts(member);
    } else if (value.is_array()) {
        for (auto& element : value)
            add_german_texts(element);
    }
}

struct GermanData {
    Strings strings;
    Catalog catalog;
};

const GermanData& german_data() {
    static const GermanData data = [] {
        Json strings = Json::parse(read_asset("strings.json"));
        strings["de"] = strings["en"];
        strings["de"]["lang.name"] = "Deutsch";
        strings["de"]["number.decimal"] = ",";
        strings["de"]["number.group"] = ".";
        strings["de"]["number.money"] = "{amount}\u00a0{symbol}";
        strings["de"]["number.money_short"] = "{amount}\u00a0{scale}{symbol}";
        strings["de"]["number.thousand"] = "Tsd.";
        strings["de"]["number.million"] = "Mio.";
        strings["de"]["number.billion"] = "Mrd.";
        strings["de"]["number.trillion"] = "Bio.";
        Json scenarios = Json::parse(read_asset("scenarios.json"));
        add_german_texts(scenarios);
        GermanData out;
        StringsParse parsed_strings = parse_strings(strings.dump());
        EXPECT_TRUE(parsed_strings.ok()) << parsed_strings.errors.front();
        out.strings = parsed_strings.strings;
        CatalogParse parsed = parse_catalog(scenarios.dump(), out.strings.languages);
        EXPECT_TRUE(parsed.ok()) << parsed.errors.front();
        out.catalog = parsed.catalog;
        return out;
    }();
    return data;
}

} // namespace

TEST(LanguageData, AThirdLanguageIsReadFromTheFilesAlone) {
    const GermanData& data = german_data();
    ASSERT_EQ(data.catalog.languages.size(), 3u);
    EXPECT_EQ(data.catalog.languages.back().code, "de");
}

TEST(LanguageData, ALinkInTheThirdLanguageHasNoWarning) {
    const GermanData& data = german_data();
    const WidgetState state =
        decode_permalink("v=1&lang=de", data.catalog, data.catalog.languages.front());
    EXPECT_EQ(state.lang.code, "de");
    EXPECT_TRUE(state.warnings.empty());
    EXPECT_EQ(encode_permalink(state, data.catalog).find("lang=de") != std::string::npos, true);
}

TEST(LanguageData, TheThirdLanguageWritesNumbersItsOwnWay) {
    const Lang& german = *find_lang(german_data().catalog, "de");
    const Currency usd{"usd", "$", 1.0, {}};
    EXPECT_EQ(format_money(294672, usd, german), "294.672\u00a0$");
    EXPECT_EQ(format_money_compact(1.6e9, usd, german), "1,6\u00a0Mrd.$");
    EXPECT_EQ(format_number(2.5, 1, german), "2,5");
}

TEST(LanguageData, ItsDocumentOffersEveryLanguageNamedInItself) {
    const GermanData& data = german_data();
    WidgetState state = default_state(data.catalog, *find_lang(data.catalog, "de"));
    const std::string html =
        to_html(widget_document(state, data.catalog, data.strings, DocMode::Live));
    EXPECT_NE(html.find(">Deutsch<"), std::string::npos);
    EXPECT_NE(html.find(">Français<"), std::string::npos);
    EXPECT_NE(html.find(" lang=\"de\""), std::string::npos);
}

TEST(LanguageData, ATextMissingAShippedLanguageIsAnError) {
    // German in strings.json but not in scenarios.json: every text names what is missing.
    const GermanData& data = german_data();
    CatalogParse parse = parse_catalog(read_asset("scenarios.json"), data.strings.languages);
    ASSERT_FALSE(parse.ok());
    EXPECT_NE(parse.errors.front().find("missing \"de\""), std::string::npos)
        << parse.errors.front();
}

TEST(LanguageData, FrenchAndEnglishWriteAsBefore) {
    const Currency usd{"usd", "$", 1.0, {}};
    EXPECT_EQ(format_money(294672, usd, french()), "294\u202f672\u00a0$");
    EXPECT_EQ(format_money_compact(1.6e9, usd, french()), "1,6\u00a0Md$");
    EXPECT_EQ(format_money(294672, usd, english()), "$294,672");
    EXPECT_EQ(format_money_compact(1.6e9, usd, english()), "$1.6B");
    EXPECT_EQ(format_money_compact(1.2e12, usd, french()), "1\u202f200\u00a0Md$");
}
