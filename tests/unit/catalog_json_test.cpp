#include "model/catalog_json.h"
#include "model/strings.h"
#include "test_assets.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

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

// `text` with its first `from` replaced by `to`: an editor's one mistake.
std::string with(std::string text, const std::string& from, const std::string& to) {
    const size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << "no " << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

std::string shipped_with(const std::string& from, const std::string& to) {
    return with(aicost::testing::read_asset("scenarios.json"), from, to);
}

// The minimal file with a published figure covering `lines`.
std::string minimal_published(const std::string& lines) {
    return with(minimal(), R"("lines": [)",
                R"("published": {"usd": 160, "label": {"fr": "P", "en": "P"}, "source": "s",
                                 "lines": )" +
                    lines + R"(}, "lines": [)");
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
    EXPECT_TRUE(has_error(parse, "scenarios.json:1:14: "));
}

TEST(CatalogJson, SyntaxErrorNamesLineAndColumn) {
    CatalogParse parse = parse_catalog(with(minimal(), R"("format": 1,)", R"("format": 1)"));
    ASSERT_EQ(parse.errors.size(), 1u);
    EXPECT_EQ(parse.errors[0].rfind("scenarios.json:2:7: ", 0), 0u) << parse.errors[0];
}

TEST(CatalogJson, NumberTooLargeForADoubleSaysSo) {
    CatalogParse parse =
        parse_catalog(minimal(R"({"gpus": 1e400, "hours": 10, "usd_per_gpu_hour": 2})"));
    EXPECT_TRUE(has_error(parse, "number too large"));
    EXPECT_FALSE(has_error(parse, "commas"));
}

TEST(CatalogJson, RepeatedKeyIsAnErrorWithItsPath) {
    CatalogParse parse =
        parse_catalog(minimal(R"({"gpus": 8, "gpus": 99999, "hours": 10, "usd_per_gpu_hour": 2})"));
    EXPECT_TRUE(has_error(parse, "scenarios[0].lines[0].inputs.gpus: repeated key \"gpus\""));
    EXPECT_TRUE(parse.catalog.scenarios.empty());
}

TEST(CatalogJson, RepeatedSourceIdIsAnError) {
    const std::string source =
        R"("s": {"publisher": "P", "title": "T", "date": "2025", "url": "https://example.org"})";
    CatalogParse parse = parse_catalog(with(minimal(), source, source + ", " + source));
    EXPECT_TRUE(has_error(parse, "sources.s: repeated key \"s\""));
}

TEST(CatalogJson, RepeatedOwningBlockIdIsAnError) {
    CatalogParse parse =
        parse_catalog(shipped_with(R"("h800-epoch": {)", R"("h800-epoch": {}, "h800-epoch": {)"));
    EXPECT_TRUE(has_error(parse, "owning.h800-epoch: repeated key \"h800-epoch\""));
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

TEST(CatalogJson, MistypedKeyInAnInputsRangeIsAnErrorWithItsPath) {
    // "mxa" for "max" would leave the slider's range as it was, without a word.
    CatalogParse parse = parse_catalog(
        minimal(R"({"gpus": {"value": 8, "mxa": 16}, "hours": 10, "usd_per_gpu_hour": 2})"));
    EXPECT_TRUE(has_error(parse, "scenarios[0].lines[0].inputs.gpus.mxa: unknown key (known: "
                                 "value, min, max)"));
}

TEST(CatalogJson, UnknownKindNamesTheKnownOnes) {
    std::string text = minimal();
    text.replace(text.find("\"rental\""), 8, "\"leasing\"");
    EXPECT_TRUE(has_error(parse_catalog(text),
                          "scenarios[0].lines[0].kind: unknown kind \"leasing\" (known: rental, "
                          "purchase, power, staff, yearly, ownership)"));
}

TEST(CatalogJson, AnUnknownKindIsTheLinesOnlyError) {
    // Its inputs are not checked against a kind the line does not have.
    std::string text = minimal(R"({"people": 150, "usd_per_year": 500000, "years": 4})");
    text.replace(text.find("\"rental\""), 8, "\"staf\"");
    const CatalogParse parse = parse_catalog(text);
    ASSERT_EQ(parse.errors.size(), 1u)
        << parse.errors.size()
        << " errors, first: " << (parse.errors.empty() ? "" : parse.errors[0]);
    EXPECT_TRUE(has_error(parse, "scenarios[0].lines[0].kind: unknown kind \"staf\""));
}

TEST(CatalogJson, AnOwnershipLineIsWrittenWithAn) {
    std::string text = minimal(R"({"gpu_hours": 10, "usd_per_unit": 30000})");
    text.replace(text.find("\"rental\""), 8, "\"ownership\"");
    EXPECT_TRUE(
        has_error(parse_catalog(text), "an ownership line needs \"depreciation_per_year\""));
}

TEST(CatalogJson, ValueOutsideRangeIsAnError) {
    CatalogParse parse =
        parse_catalog(minimal(R"({"gpus": 0, "hours": 10, "usd_per_gpu_hour": 2})"));
    EXPECT_TRUE(has_error(parse, "inputs.gpus: value is outside its range"));
}

TEST(CatalogJson, RangeOverrideAboveTheInputsOwnMaxIsAnError) {
    CatalogParse parse = parse_catalog(minimal(
        R"({"gpus": {"value": 8, "min": 1, "max": 1e308}, "hours": 10, "usd_per_gpu_hour": 2})"));
    EXPECT_TRUE(has_error(parse, "scenarios[0].lines[0].inputs.gpus.max: "));
}

TEST(CatalogJson, RangeOverrideBelowTheInputsOwnMinIsAnError) {
    CatalogParse parse = parse_catalog(
        minimal(R"({"gpus": 8, "hours": 10, "usd_per_gpu_hour": {"value": 2, "min": 0.0001}})"));
    EXPECT_TRUE(has_error(parse, "scenarios[0].lines[0].inputs.usd_per_gpu_hour.min: "));
}

TEST(CatalogJson, ShareOverriddenBeyondItsRangeIsAnError) {
    CatalogParse parse = parse_catalog(shipped_with(
        R"("interconnect_share": 0.19)", R"("interconnect_share": {"value": 1.5, "max": 2})"));
    EXPECT_TRUE(has_error(parse, "owning.h800-epoch.inputs.interconnect_share.max: "));
}

TEST(CatalogJson, RangeOverrideWithMoreDecimalsThanTheInputKeepsIsAnError) {
    CatalogParse parse = parse_catalog(
        minimal(R"({"gpus": {"value": 8, "max": 16.5}, "hours": 10, "usd_per_gpu_hour": 2})"));
    EXPECT_TRUE(has_error(parse, "scenarios[0].lines[0].inputs.gpus.max: has more decimals"));
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
                          "scenarios[0].lines[1].id: duplicate line id"));
}

TEST(CatalogJson, LineCalledOwningIsAnError) {
    // Permalinks name the owning block's inputs "owning.<input>": a line of that id would hide it.
    CatalogParse parse = parse_catalog(shipped_with(R"("id": "r1-zero")", R"("id": "owning")"));
    EXPECT_TRUE(has_error(parse, "scenarios[0].lines[0].id: \"owning\" is reserved"));
}

TEST(CatalogJson, DuplicateScenarioIdIsAnError) {
    CatalogParse parse =
        parse_catalog(shipped_with(R"("id": "v3-final-run")", R"("id": "r1-nature")"));
    EXPECT_TRUE(has_error(parse, "scenarios[1].id: duplicate scenario id \"r1-nature\""));
}

TEST(CatalogJson, MarkerWithAScenarioIdIsAnError) {
    CatalogParse parse = parse_catalog(shipped_with(R"("id": "gpt-4")", R"("id": "r1-nature")"));
    EXPECT_TRUE(
        has_error(parse, "markers[0].id: \"r1-nature\" is already a scenario or marker id"));
}

TEST(CatalogJson, DuplicateMarkerIdIsAnError) {
    CatalogParse parse = parse_catalog(shipped_with(R"("id": "stargate")", R"("id": "gpt-4")"));
    EXPECT_TRUE(has_error(parse, "markers[1].id: \"gpt-4\" is already a scenario or marker id"));
}

TEST(CatalogJson, DuplicateCurrencyCodeIsAnError) {
    CatalogParse parse = parse_catalog(shipped_with(R"("code": "cny")", R"("code": "eur")"));
    EXPECT_TRUE(has_error(parse, "currencies[2].code: duplicate currency code \"eur\""));
}

TEST(CatalogJson, EmptyIdIsAnError) {
    CatalogParse parse = parse_catalog(with(minimal(), R"("id": "a")", R"("id": "")"));
    EXPECT_TRUE(has_error(parse, "scenarios[0].id: "));
}

TEST(CatalogJson, EmptySourceIdIsAnError) {
    CatalogParse parse = parse_catalog(with(minimal(), R"("source": "s")", R"("source": "")"));
    EXPECT_TRUE(has_error(parse, "scenarios[0].lines[0].source: unknown source \"\""));
}

TEST(CatalogJson, PublishedFigureListingALineTwiceIsAnError) {
    // The figure would count the line twice.
    CatalogParse parse = parse_catalog(minimal_published(R"(["l", "l"])"));
    EXPECT_TRUE(has_error(parse, "scenarios[0].published.lines[1]: \"l\" is listed twice"));
}

TEST(CatalogJson, NegativeGpuCountIsAnError) {
    CatalogParse parse = parse_catalog(shipped_with(R"("gpu_count": 512)", R"("gpu_count": -512)"));
    EXPECT_TRUE(has_error(parse, "scenarios[0].gpu_count: "));
}

TEST(CatalogJson, FractionalGpuCountIsAnError) {
    CatalogParse parse =
        parse_catalog(shipped_with(R"("gpu_count": 512)", R"("gpu_count": 512.5)"));
    EXPECT_TRUE(has_error(parse, "scenarios[0].gpu_count: expected a whole number"));
}

TEST(CatalogJson, NegativeTableRoundingIsAnError) {
    CatalogParse parse = parse_catalog(shipped_with(R"("table_rounding_gpu_hours": 1000)",
                                                    R"("table_rounding_gpu_hours": -1000)"));
    EXPECT_TRUE(has_error(parse, "scenarios[0].table_rounding_gpu_hours: "));
}

TEST(CatalogJson, HugeTableRoundingIsAnError) {
    CatalogParse parse = parse_catalog(shipped_with(R"("table_rounding_gpu_hours": 1000)",
                                                    R"("table_rounding_gpu_hours": 1e300)"));
    EXPECT_TRUE(has_error(parse, "scenarios[0].table_rounding_gpu_hours: "));
}

TEST(CatalogJson, HugeCurrencyRateIsAnError) {
    CatalogParse parse =
        parse_catalog(shipped_with(R"("per_usd": 0.957579)", R"("per_usd": 1e300)"));
    EXPECT_TRUE(has_error(parse, "currencies[1].per_usd: "));
}

TEST(CatalogJson, HugePublishedFigureIsAnError) {
    CatalogParse parse = parse_catalog(shipped_with(R"("usd": 294000)", R"("usd": 1e300)"));
    EXPECT_TRUE(has_error(parse, "scenarios[0].published[0].usd: "));
}

TEST(CatalogJson, HugeMarkerFigureIsAnError) {
    CatalogParse parse = parse_catalog(shipped_with(R"("usd": 500000000000)", R"("usd": 1e300)"));
    EXPECT_TRUE(has_error(parse, "markers[1].usd: "));
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
    EXPECT_TRUE(has_error(parse_catalog(text, aicost::testing::shipped_strings().languages),
                          "label: missing \"en\""));
}

TEST(CatalogJson, WrongFormatVersionIsAnError) {
    std::string text = minimal();
    text.replace(text.find("\"format\": 1"), 11, "\"format\": 2");
    EXPECT_TRUE(has_error(parse_catalog(text), "unsupported format"));
}

TEST(CatalogJson, FormatThatTruncatesToOneIsAnError) {
    // 2^32 + 1, which an int keeps as 1.
    CatalogParse parse =
        parse_catalog(with(minimal(), R"("format": 1)", R"("format": 4294967297)"));
    EXPECT_TRUE(has_error(parse, "format: unsupported format"));
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
    EXPECT_NE(std::find(parse.errors.begin(), parse.errors.end(), "en.a: missing translation"),
              parse.errors.end());
}

TEST(StringsJson, MissingKeyShowsItself) {
    EXPECT_EQ(text(Strings{}, english(), "no.such.key"), "no.such.key");
}

TEST(StringsJson, FillReplacesEveryPlaceholder) {
    EXPECT_EQ(fill("{a} and {a} but {b}", {{"a", "x"}, {"b", "{a}"}}), "x and x but {a}");
}

TEST(StringsJson, ARepeatedTextIsAnErrorWithItsPath) {
    StringsParse parse = parse_strings(R"({"fr": {"a": "A", "a": "B"}, "en": {"a": "A"}})");
    ASSERT_EQ(parse.errors.size(), 1u);
    EXPECT_EQ(parse.errors[0].rfind("fr.a: repeated key", 0), 0u) << parse.errors[0];
}

TEST(StringsJson, ASyntaxErrorNamesLineAndColumn) {
    StringsParse parse = parse_strings("{\n  \"fr\": {\"a\": \"A\"}\n  \"en\": {}\n}");
    ASSERT_EQ(parse.errors.size(), 1u);
    EXPECT_EQ(parse.errors[0].rfind("strings.json:3:3: ", 0), 0u) << parse.errors[0];
}

TEST(CatalogJson, AScenarioIdMayHoldAVersionsDot) {
    CatalogParse parse = parse_catalog(with(minimal(), R"("id": "a")", R"("id": "model-3.1")"));
    for (const std::string& error : parse.errors)
        ADD_FAILURE() << error;
}

TEST(CatalogJson, ALineIdWithADotIsAnError) {
    // Links name inputs "line.input": a dot in a line's id would split it there.
    CatalogParse parse = parse_catalog(with(minimal(), R"("id": "l")", R"("id": "l.1")"));
    EXPECT_TRUE(
        has_error(parse, "scenarios[0].lines[0].id: use lower-case letters, digits and '-' only"));
}

// --- errors in the editor's language: strings.json's "check.<code>" -----------------------------

namespace {

const Strings& shipped() {
    return aicost::testing::shipped_strings();
}

// The parse's first mistake, as the French editor reads it.
std::string first_in_french(const CatalogParse& parse) {
    return parse.problems.empty() ? "" : describe(parse.problems.front(), shipped(), french());
}

} // namespace

TEST(CatalogJsonInFrench, ATypeMistakeReadsInFrenchAtItsPath) {
    CatalogParse parse =
        parse_catalog(minimal(R"({"gpus": "huit", "hours": 10, "usd_per_gpu_hour": 2})"));
    EXPECT_EQ(first_in_french(parse), "scenarios[0].lines[0].inputs.gpus: nombre attendu");
}

TEST(CatalogJsonInFrench, ValuesFillTheFrenchText) {
    CatalogParse parse = parse_catalog(with(minimal(), R"("id": "l")", R"("id": "L")"));
    EXPECT_EQ(first_in_french(parse),
              "scenarios[0].lines[0].id: minuscules, chiffres et «\u00A0-\u00A0» seulement");
}

TEST(CatalogJsonInFrench, ASyntaxErrorKeepsItsPlaceInFrench) {
    CatalogParse parse = parse_catalog(with(minimal(), R"("format": 1,)", R"("format": 1)"));
    EXPECT_EQ(first_in_french(parse).rfind("scenarios.json:2:7: erreur de syntaxe JSON\u00A0: ", 0),
              0u)
        << first_in_french(parse);
}

TEST(CatalogJsonInFrench, TheEnglishListIsTheProblemsInEnglish) {
    CatalogParse parse = parse_catalog(
        minimal(R"({"gpus": "x", "hours": -1, "usd_per_gpu_hour": 2})", R"(, {"id": "l"})"));
    ASSERT_EQ(parse.errors.size(), parse.problems.size());
    for (size_t i = 0; i < parse.problems.size(); ++i)
        EXPECT_EQ(describe(parse.problems[i], shipped(), english()), parse.errors[i]);
}

TEST(CheckTexts, EveryCodeHasATextInEveryLanguageOfStringsJson) {
    for (const CheckText& check : check_texts())
        for (const Lang& lang : shipped().languages) {
            const std::string key = "check." + std::string(check.code);
            EXPECT_NE(text(shipped(), lang, key), key) << lang.code << " has no " << key;
        }
}

TEST(CheckTexts, StringsJsonEnglishReadsAsTheModelsEnglish) {
    for (const CheckText& check : check_texts())
        EXPECT_EQ(text(shipped(), english(), "check." + std::string(check.code)), check.english);
}

// Mistakes of every sort, as editors make them: each code the parser reports is in the model's
// list (so in strings.json, by the tests above).
TEST(CheckTexts, EveryCodeTheParserReportsIsListed) {
    const std::string inputs = R"({"gpus": 8, "hours": 10, "usd_per_gpu_hour": 2})";
    const std::vector<std::string> broken = {
        "{\"format\": 1,",
        "{\"a\": 1e400}",
        "{\"a\": 1, \"a\": 2}",
        std::string(40, '[') + std::string(40, ']'),
        "[]",
        with(minimal(), R"("format": 1)", R"("format": 2)"),
        with(minimal(), R"("sources": {)", R"("sources": [], "x": {)"),
        with(minimal(), "https://example.org", "http://example.org"),
        with(minimal(), R"("source": "s")", R"("source": "t", "more_sources": [1])"),
        with(minimal(), R"("per_usd": 1)", R"("per_usd": 0)"),
        with(minimal(), R"("title": {"fr": "A", "en": "A"})", R"("title": {"fr": 1})"),
        with(minimal(), R"("title": {"fr": "A", "en": "A"})", R"("title": "A")"),
        with(minimal(), R"("kind": "rental")", R"("kind": "lease")"),
        with(minimal(), R"("id": "l")", R"("id": "owning")"),
        with(minimal(), R"("id": "a")", R"("id": "A", "gpu_count": 0.5, "owning": 1)"),
        minimal(R"({"gpus": {"value": 8, "min": 0, "max": 1e12, "x": 1}, "hours": "h"})"),
        minimal(R"({"gpus": 8.5, "hours": 1e300, "usd_per_gpu_hour": 2, "warp": 1})"),
        minimal(inputs, R"(, {"id": "l", "kind": "rental", "label": {"fr": "", "en": ""},
            "source": "s", "inputs": [], "assumed": ["x"]})"),
        minimal(inputs, R"(, 3)"),
        minimal_published(R"(["l", "l", "z"])"),
        minimal_published(R"("l")"),
        with(minimal_published(R"(["l"])"), R"("usd": 160)",
             R"("usd": 160, "precision": "roughly", "quote": ")" + std::string(200, 'q') + "\""),
        with(minimal(), R"("format": 1,)",
             R"("format": 1, "ladder": {"compare": ["a", "a"]}, "markers": [{"id": "a"}],)"),
        with(minimal(), R"("format": 1,)", R"("format": 1, "ladder": {"compare": ["x", 1]},)"),
        with(minimal(), R"("format": 1,)", R"("format": 1, "ladder": [], "owning": [],)"),
        with(minimal(), R"("currencies": [)",
             R"("currencies": [{"code": "usd", "symbol": "$", "per_usd": 1}, )"),
        with(minimal(), R"("scenarios": [)", R"("scenarios": [3, )"),
        with(minimal(), R"("format": 1,)", R"("format": 1, "owning": {"o": {"inputs": {}}},)"),
        with(minimal(), R"("scenarios": [{"id": "a")", R"("scenarios": [{"id": "a", "lines": 1},
            {"id": "a")"),
    };
    std::set<std::string> seen;
    for (const std::string& text : broken) {
        const CatalogParse parse = parse_catalog(text, shipped().languages);
        EXPECT_FALSE(parse.ok()) << text;
        for (const DataError& problem : parse.problems) {
            seen.insert(problem.code);
            EXPECT_TRUE(std::any_of(check_texts().begin(), check_texts().end(),
                                    [&](const CheckText& c) { return c.code == problem.code; }))
                << problem.code << " (" << describe(problem) << ") is not in check_texts()";
        }
    }
    // The corpus reaches most of the list, so a code misspelt where it is reported shows here.
    EXPECT_GE(seen.size(), check_texts().size() * 3 / 4) << seen.size() << " codes seen";
}

TEST(CatalogJsonInFrench, WhatALinesKindNeedsReadsInFrench) {
    CatalogParse parse = parse_catalog(minimal(R"({"gpus": 8, "hours": 10})"));
    EXPECT_EQ(first_in_french(parse),
              "scenarios[0].lines[0].inputs: une ligne «\u00a0rental\u00a0» doit avoir "
              "«\u00a0usd_per_gpu_hour\u00a0»");
}
