// Parsing what scenarios.json says about published figures, ladder markers, assumptions and the
// owning comparison: one mistake per case, each with the message an editor would see.

#include "model/catalog_json.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace aicost;

namespace {

// One rental line "l" (8 GPUs × 10 h × $2 = $160) in scenario "a"; the arguments add fields.
std::string document(const std::string& scenario_fields, const std::string& top_fields = "",
                     const std::string& line_fields = "") {
    return R"({"format": 1,
      "sources": {"s": {"publisher": "P", "title": "T", "date": "2025", "url": "https://example.org"}},
      "currencies": [{"code": "usd", "symbol": "$", "per_usd": 1}],
      "scenarios": [{"id": "a", "title": {"fr": "A", "en": "A"}, "summary": {"fr": "", "en": ""},
        "lines": [{"id": "l", "kind": "rental", "label": {"fr": "L", "en": "L"}, "source": "s",
                   "inputs": {"gpus": 8, "hours": 10, "usd_per_gpu_hour": 2})" +
           line_fields + "}]" + scenario_fields + "}]" + top_fields + "}";
}

const std::string kPublished =
    R"(, "published": {"usd": 160, "label": {"fr": "P", "en": "P"}, "source": "s")";

bool has_error(const CatalogParse& parse, const std::string& fragment) {
    for (const std::string& error : parse.errors)
        if (error.find(fragment) != std::string::npos) return true;
    return false;
}

std::string errors(const CatalogParse& parse) {
    std::string all;
    for (const std::string& error : parse.errors)
        all += error + "\n";
    return all;
}

} // namespace

TEST(PublishedJson, OneObjectIsOneFigureOverEveryLine) {
    CatalogParse parse = parse_catalog(document(kPublished + "}"));
    ASSERT_TRUE(parse.ok()) << errors(parse);
    const Scenario& s = parse.catalog.scenarios[0];
    ASSERT_EQ(s.published.size(), 1u);
    EXPECT_EQ(s.published[0].precision, Precision::Exact);
    EXPECT_TRUE(s.published[0].line_ids.empty());
    EXPECT_DOUBLE_EQ(published_computed_usd(s, s.published[0]), 160.0);
}

TEST(PublishedJson, IsOptionalForASourceThatGivesNoDollarFigure) {
    // Meta's model card gives GPU-hours, not dollars: the scenario publishes no figure.
    CatalogParse parse = parse_catalog(document(""));
    ASSERT_TRUE(parse.ok()) << errors(parse);
    EXPECT_TRUE(parse.catalog.scenarios[0].published.empty());
}

TEST(PublishedJson, AnArrayGivesSeveralFiguresWithPrecisionAndLines) {
    CatalogParse parse = parse_catalog(document(
        R"(, "published": [
            {"usd": 200, "precision": "about", "lines": ["l"], "quote": "about $200",
             "label": {"fr": "P", "en": "P"}, "source": "s"},
            {"usd": 100, "precision": "more-than", "label": {"fr": "Q", "en": "Q"}, "source": "s"}])"));
    ASSERT_TRUE(parse.ok()) << errors(parse);
    const Scenario& s = parse.catalog.scenarios[0];
    ASSERT_EQ(s.published.size(), 2u);
    EXPECT_EQ(s.published[0].precision, Precision::About);
    EXPECT_EQ(s.published[0].quote, "about $200");
    EXPECT_EQ(s.published[0].line_ids, std::vector<std::string>{"l"});
    EXPECT_EQ(s.published[1].precision, Precision::MoreThan);
}

TEST(PublishedJson, UnknownLineIsAnError) {
    EXPECT_TRUE(has_error(parse_catalog(document(kPublished + R"(, "lines": ["m"]})")),
                          "published.lines: \"m\" is not a line of this scenario"));
}

TEST(PublishedJson, UnknownPrecisionIsAnError) {
    EXPECT_TRUE(has_error(parse_catalog(document(kPublished + R"(, "precision": "roughly"})")),
                          "published.precision"));
}

TEST(PublishedJson, ZeroAmountIsAnError) {
    EXPECT_TRUE(has_error(
        parse_catalog(document(R"(, "published": {"usd": 0, "label": {"fr": "P", "en": "P"},
                                  "source": "s"})")),
        "published.usd: must be positive"));
}

TEST(PublishedJson, LongQuoteIsAnError) {
    const std::string quote(200, 'x');
    EXPECT_TRUE(has_error(parse_catalog(document(kPublished + R"(, "quote": ")" + quote + "\"}")),
                          "keep quotes short"));
}

TEST(MarkersJson, MarkerParsesWithItsSource) {
    CatalogParse parse = parse_catalog(
        document("", R"(, "markers": [{"id": "gpt-4", "usd": 1e8, "precision": "more-than",
                         "label": {"fr": "GPT-4", "en": "GPT-4"}, "source": "s"}])"));
    ASSERT_TRUE(parse.ok()) << errors(parse);
    ASSERT_EQ(parse.catalog.markers.size(), 1u);
    EXPECT_EQ(parse.catalog.markers[0].source.publisher, "P");
}

TEST(MarkersJson, IdOfAScenarioIsAnError) {
    EXPECT_TRUE(has_error(parse_catalog(document("", R"(, "markers": [{"id": "a", "usd": 1e8,
                                   "label": {"fr": "A", "en": "A"}, "source": "s"}])")),
                          "markers[0].id: \"a\" is already a scenario or marker id"));
}

TEST(MarkersJson, NotAnArrayIsAnError) {
    EXPECT_TRUE(
        has_error(parse_catalog(document("", R"(, "markers": {})")), "markers: expected an array"));
}

TEST(LadderJson, ComparePairMustNameRungs) {
    EXPECT_TRUE(has_error(parse_catalog(document("", R"(, "ladder": {"compare": ["a", "a"]})")),
                          "compare two different figures"));
    EXPECT_TRUE(has_error(parse_catalog(document("", R"(, "ladder": {"compare": ["a", "b"]})")),
                          "ladder.compare[1]: \"b\" is neither a scenario nor a marker"));
    EXPECT_TRUE(
        has_error(parse_catalog(document("", R"(, "ladder": {"compare": ["a"]})")), "ladder"));
}

TEST(AssumptionsJson, AssumedInputsAreMarked) {
    CatalogParse parse = parse_catalog(
        document("", "", R"(, "assumed": ["usd_per_gpu_hour"], "note": {"fr": "N", "en": "N"})"));
    ASSERT_TRUE(parse.ok()) << errors(parse);
    const Line& line = parse.catalog.scenarios[0].lines[0];
    EXPECT_TRUE(find_input(line, "usd_per_gpu_hour")->assumed);
    EXPECT_FALSE(find_input(line, "gpus")->assumed);
    EXPECT_EQ(line.note.in("en"), "N");
}

TEST(AssumptionsJson, AssumedInputWithoutNoteIsAnError) {
    EXPECT_TRUE(has_error(parse_catalog(document("", "", R"(, "assumed": ["gpus"])")),
                          "assumed inputs need a note"));
}

TEST(AssumptionsJson, AssumedKeyThatIsNotAnInputIsAnError) {
    EXPECT_TRUE(has_error(parse_catalog(document("", "",
                                                 R"(, "assumed": ["watts"],
                                                    "note": {"fr": "N", "en": "N"})")),
                          "\"watts\" is not an input of this line"));
}

TEST(MoreSourcesJson, UnknownIdIsAnError) {
    EXPECT_TRUE(has_error(parse_catalog(document("", "", R"(, "more_sources": ["t"])")),
                          "more_sources: unknown source \"t\""));
}

TEST(DecimalsJson, MoreDecimalsThanTheInputKeepsIsAnError) {
    // A price per GPU-hour keeps cents: $2.005 would move to $2.01 at the first touch.
    std::string text = document("");
    text.replace(text.find("\"usd_per_gpu_hour\": 2"), 21, "\"usd_per_gpu_hour\": 2.005");
    EXPECT_TRUE(has_error(parse_catalog(text), "has more decimals than this input keeps (2)"));
}

namespace {
const std::string kOwning =
    R"(, "owning": {"h": {"label": {"fr": "O", "en": "O"}, "source": "s", "inputs": {
         "usd_per_unit": 44750, "depreciation_per_year": 0.322, "interconnect_share": 0.19,
         "watts": 945, "pue": 1.25, "usd_per_kwh": 0.0771}}})";
}

TEST(OwningJson, ScenarioTakesTheNamedBlock) {
    CatalogParse parse = parse_catalog(document(R"(, "owning": "h")", kOwning));
    ASSERT_TRUE(parse.ok()) << errors(parse);
    const Scenario& s = parse.catalog.scenarios[0];
    ASSERT_TRUE(s.owning.has_value());
    EXPECT_EQ(s.owning->id, "owning");
    EXPECT_EQ(s.owning->kind, LineKind::Ownership);
    // 80 GPU-hours at Epoch's rate: $2.12 per owned GPU-hour.
    EXPECT_NEAR(owning_usd_per_gpu_hour(*s.owning), 2.1205, 0.001);
    EXPECT_NEAR(owning_usd(s), 80 * 2.1205, 0.1);
    EXPECT_EQ(find_line(s, "owning"), &*s.owning);
}

TEST(OwningJson, UnknownBlockIsAnError) {
    EXPECT_TRUE(has_error(parse_catalog(document(R"(, "owning": "x")", kOwning)),
                          "scenarios[0].owning: expected the id of a block"));
}

TEST(OwningJson, GpuHoursOfItsOwnAreAnError) {
    std::string top = kOwning;
    top.replace(top.find("\"usd_per_unit\""), 0, "\"gpu_hours\": 5, ");
    EXPECT_TRUE(has_error(parse_catalog(document(R"(, "owning": "h")", top)),
                          "takes its GPU-hours from the scenario"));
}

TEST(OwningJson, PartialEnergyIsAnError) {
    std::string top = kOwning;
    top.replace(top.find(", \"pue\": 1.25"), 13, "");
    EXPECT_TRUE(
        has_error(parse_catalog(document(R"(, "owning": "h")", top)), "energy needs all of"));
}

TEST(Precision, AboutMeansRoundedAsTheSourceRounded) {
    EXPECT_TRUE(reproduces(5.87e6, 6e6, Precision::About));       // "$6 million or so"
    EXPECT_TRUE(reproduces(1.600275e9, 1.6e9, Precision::About)); // "~$1.6B"
    EXPECT_FALSE(reproduces(5.4e6, 6e6, Precision::About));
    EXPECT_FALSE(reproduces(1.66e9, 1.6e9, Precision::About));
}

TEST(Precision, ExactMeansWithinOnePercent) {
    EXPECT_TRUE(reproduces(294672, 294000, Precision::Exact));
    EXPECT_FALSE(reproduces(311056, 294000, Precision::Exact));
}

TEST(Precision, MoreThanIsAFloor) {
    EXPECT_TRUE(reproduces(2e9, 500e6, Precision::MoreThan));
    EXPECT_FALSE(reproduces(400e6, 500e6, Precision::MoreThan));
}

TEST(Precision, NothingReproducesANonFiniteFigure) {
    EXPECT_FALSE(reproduces(NAN, 6e6, Precision::About));
    EXPECT_FALSE(reproduces(INFINITY, 500e6, Precision::MoreThan));
}

TEST(Precision, NamesRoundTrip) {
    for (Precision p : {Precision::Exact, Precision::About, Precision::MoreThan})
        EXPECT_EQ(parse_precision(precision_name(p)), p);
    EXPECT_FALSE(parse_precision("roughly").has_value());
}
