#include "model/catalog_json.h"
#include "model/strings.h"
#include "test_assets.h"

#include <gtest/gtest.h>

using namespace aicost;

namespace {

// A minimal valid file; each test breaks one thing in it.
std::string
minimal(const std::string& line_inputs = R"({"gpus": 8, "hours": 10, "usd_per_gpu_hour": 2})",
        const std::string& extra_line = "") {
    return R"({"format": 1,
      "sources": {"s": {"publisher": "P", "title": "T", "date": "2025", "url": "https://example.org"}},
      "currencies": [{"code": "usd", "symbol": "$", "per_usd": 1}],
      "scenarios": [{"id": "a", "title": {"fr": "A", "en": "A"}, "summary": {"fr": "", "en": ""},
        "lines": [{"id": "l", "kind": "rental", "label": {"fr": "L", "en": "L"}, "source": "s",
                   "inputs": )" +
           line_inputs + "}" + extra_line + "]}]}";
}

bool has_error(const CatalogParse& parse, const std::string& fragment) {
    for (const std::string& error : parse.errors)
        if (error.find(fragment) != std::string::npos) return true;
    return false;
}

} // namespace

TEST(CatalogJson, ShippedFileParsesWithoutErrors) {
    CatalogParse parse = parse_catalog(aicost::testing::read_asset("scenarios.json"));
    for (const std::string& error : parse.errors)
        ADD_FAILURE() << error;
    EXPECT_GE(parse.catalog.scenarios.size(), 2u);
}

TEST(CatalogJson, MinimalFileParses) {
    CatalogParse parse = parse_catalog(minimal());
    EXPECT_TRUE(parse.ok());
    ASSERT_EQ(parse.catalog.scenarios.size(), 1u);
    EXPECT_DOUBLE_EQ(scenario_total_usd(parse.catalog.scenarios[0]), 160.0);
}

TEST(CatalogJson, InputOrderFollowsTheFile) {
    CatalogParse parse =
        parse_catalog(minimal(R"({"usd_per_gpu_hour": 2, "hours": 10, "gpus": 8})"));
    ASSERT_TRUE(parse.ok());
    EXPECT_EQ(parse.catalog.scenarios[0].lines[0].inputs[0].key, "usd_per_gpu_hour");
}

TEST(CatalogJson, NotJsonIsOneClearError) {
    CatalogParse parse = parse_catalog("{\"format\": 1,");
    ASSERT_EQ(parse.errors.size(), 1u);
    EXPECT_TRUE(has_error(parse, "not valid JSON"));
}

TEST(CatalogJson, EmptyTextIsAnError) {
    EXPECT_FALSE(parse_catalog("").ok());
}

TEST(CatalogJson, StringWhereNumberExpectedNamesThePath) {
    CatalogParse parse =
        parse_catalog(minimal(R"({"gpus": "512", "hours": 10, "usd_per_gpu_hour": 2})"));
    EXPECT_TRUE(has_error(parse, "scenarios[0].lines[0].inputs.gpus: expected a number"));
    EXPECT_TRUE(parse.catalog.scenarios.empty()) << "a broken file yields no half-read catalog";
}

TEST(CatalogJson, UnknownInputKeyIsAnError) {
    CatalogParse parse = parse_catalog(
        minimal(R"({"gpus": 8, "hours": 10, "usd_per_gpu_hour": 2, "horsepower": 700})"));
    EXPECT_TRUE(has_error(parse, "inputs.horsepower: unknown input (known: gpus, hours,"));
}

TEST(CatalogJson, ValueOutsideRangeIsAnError) {
    CatalogParse parse =
        parse_catalog(minimal(R"({"gpus": 0, "hours": 10, "usd_per_gpu_hour": 2})"));
    EXPECT_TRUE(has_error(parse, "inputs.gpus: value is outside its range"));
}

TEST(CatalogJson, CustomRangeIsHonoured) {
    CatalogParse parse = parse_catalog(minimal(
        R"({"gpus": {"value": 8, "min": 4, "max": 16}, "hours": 10, "usd_per_gpu_hour": 2})"));
    ASSERT_TRUE(parse.ok());
    EXPECT_EQ(parse.catalog.scenarios[0].lines[0].inputs[0].max, 16);
}

TEST(CatalogJson, RentalNeedsAPrice) {
    CatalogParse parse = parse_catalog(minimal(R"({"gpus": 8, "hours": 10})"));
    EXPECT_TRUE(has_error(parse, "needs \"usd_per_gpu_hour\""));
}

TEST(CatalogJson, RentalNeedsEitherClusterOrGpuHours) {
    EXPECT_TRUE(
        has_error(parse_catalog(minimal(R"({"gpus": 8, "gpu_hours": 10, "usd_per_gpu_hour": 2})")),
                  "either"));
    EXPECT_TRUE(
        has_error(parse_catalog(minimal(R"({"gpus": 8, "usd_per_gpu_hour": 2})")), "either"));
}

TEST(CatalogJson, UnknownSourceIdIsAnError) {
    std::string text = minimal();
    text.replace(text.find("\"source\": \"s\""), 13, "\"source\": \"nope\"");
    EXPECT_TRUE(has_error(parse_catalog(text), "unknown source \"nope\""));
}

TEST(CatalogJson, DuplicateLineIdIsAnError) {
    std::string dup =
        R"(, {"id": "l", "kind": "rental", "label": {"fr": "L", "en": "L"}, "source": "s",
                          "inputs": {"gpu_hours": 5, "usd_per_gpu_hour": 2}})";
    EXPECT_TRUE(has_error(parse_catalog(minimal(R"({"gpu_hours": 5, "usd_per_gpu_hour": 2})", dup)),
                          "duplicate line id"));
}

TEST(CatalogJson, EveryKindParsesWithItsInputs) {
    const std::pair<const char*, const char*> kinds[] = {
        {"purchase", R"({"units": 10000, "usd_per_unit": 33800, "overhead_share": 0.5})"},
        {"power",
         R"({"units": 2048, "watts": 700, "pue": 1.25, "hours": 1000, "usd_per_kwh": 0.08})"},
        {"staff", R"({"people": 150, "usd_per_year": 500000, "years": 4})"},
        {"yearly", R"({"usd_per_year": 1000000, "years": 4})"},
        {"ownership",
         R"({"gpu_hours": 2788000, "usd_per_unit": 44750, "depreciation_per_year": 0.322, "interconnect_share": 0.19})"},
    };
    for (const auto& [kind, inputs] : kinds) {
        std::string text = minimal(inputs);
        text.replace(text.find("\"rental\""), 8, std::string("\"") + kind + "\"");
        CatalogParse parse = parse_catalog(text);
        for (const std::string& error : parse.errors)
            ADD_FAILURE() << kind << ": " << error;
        ASSERT_EQ(parse.catalog.scenarios.size(), 1u) << kind;
        EXPECT_GT(scenario_total_usd(parse.catalog.scenarios[0]), 0.0) << kind;
    }
}

TEST(CatalogJson, InputOfAnotherKindIsAnError) {
    std::string text =
        minimal(R"({"people": 150, "usd_per_year": 500000, "years": 4, "watts": 700})");
    text.replace(text.find("\"rental\""), 8, "\"staff\"");
    EXPECT_TRUE(has_error(parse_catalog(text), "inputs.watts: is not an input of a staff line"));
}

TEST(CatalogJson, MissingInputOfAKindIsAnError) {
    std::string text = minimal(R"({"units": 10})");
    text.replace(text.find("\"rental\""), 8, "\"purchase\"");
    EXPECT_TRUE(has_error(parse_catalog(text), "a purchase line needs \"usd_per_unit\""));
}

TEST(CatalogJson, LinearInputMayStartAtZero) {
    std::string text = minimal(R"({"units": 10, "usd_per_unit": 1000, "overhead_share": 0})");
    text.replace(text.find("\"rental\""), 8, "\"purchase\"");
    EXPECT_TRUE(parse_catalog(text).ok());
}

TEST(CatalogJson, UnknownKindIsAnError) {
    std::string text = minimal();
    text.replace(text.find("\"rental\""), 8, "\"leasing\"");
    EXPECT_TRUE(has_error(parse_catalog(text), "unknown kind \"leasing\""));
}

TEST(CatalogJson, MissingTranslationIsAnError) {
    std::string text = minimal();
    const std::string label = R"("label": {"fr": "L", "en": "L"})";
    text.replace(text.find(label), label.size(), R"("label": {"fr": "L"})");
    EXPECT_TRUE(has_error(parse_catalog(text), "label: missing \"en\""));
}

TEST(CatalogJson, WrongFormatVersionIsAnError) {
    std::string text = minimal();
    text.replace(text.find("\"format\": 1"), 11, "\"format\": 2");
    EXPECT_TRUE(has_error(parse_catalog(text), "unsupported format"));
}

TEST(CatalogJson, NonHttpsUrlIsAnError) {
    std::string text = minimal();
    text.replace(text.find("https://example.org"), 19, "javascript:alert(1)");
    EXPECT_TRUE(has_error(parse_catalog(text), "must start with https://"));
}

TEST(StringsJson, ShippedStringsHaveBothLanguages) {
    StringsParse parse = parse_strings(aicost::testing::read_asset("strings.json"));
    for (const std::string& error : parse.errors)
        ADD_FAILURE() << error;
    EXPECT_FALSE(parse.strings.texts.empty());
}

TEST(StringsJson, KeyMissingInOneLanguageIsAnError) {
    StringsParse parse = parse_strings(R"({"fr": {"a": "A"}, "en": {}})");
    ASSERT_EQ(parse.errors.size(), 1u);
    EXPECT_EQ(parse.errors[0], "en.a: missing translation");
}

TEST(StringsJson, MissingKeyShowsItself) {
    EXPECT_EQ(text(Strings{}, Lang::En, "no.such.key"), "no.such.key");
}

TEST(StringsJson, FillReplacesEveryPlaceholder) {
    EXPECT_EQ(fill("{a} and {a} but {b}", {{"a", "x"}, {"b", "{a}"}}), "x and x but {a}");
}
