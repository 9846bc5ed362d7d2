// Hostile input, generated: thousands of mutated links and setState texts from a fixed seed (so
// a failure reproduces). Whatever comes in, the state stays finite and valid, its warnings stay
// few and short, and the link it writes reads back to the same state without a warning.
#include "model/cost_model.h"
#include "model/partial_state.h"
#include "model/permalink.h"
#include "model/state_snapshot.h"
#include "test_assets.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <random>
#include <string>

using namespace aicost;
using aicost::testing::fresh;
using aicost::testing::shipped_catalog;
using aicost::testing::shipped_strings;

namespace {

// Pieces a hostile or clumsy link is made of.
const char* const kPieces[] = {
    "&",         "=",
    "%",         "%2",
    "%ZZ",       "%00",
    "+",         ".",
    "..",        "amp;",
    "v=1",       "v=2",
    "scenario=", "lang=",
    "currency=", "theme=",
    "compare=",  ",",
    "1e308",     "-1",
    "nan",       "inf",
    "0",         "511.5",
    "2.005",     "é",
    "\xff",      "\"",
    "<script>",  "Currency",
    "R1",        "gpus",
    "hours",     "usd_per_gpu_hour",
};

std::string mutate(std::string text, std::mt19937& random) {
    const int edits = 1 + int(random() % 6);
    for (int i = 0; i < edits && !text.empty(); ++i) {
        const size_t at = random() % (text.size() + 1);
        switch (random() % 4) {
        case 0: // insert a piece
            text.insert(at, kPieces[random() % std::size(kPieces)]);
            break;
        case 1: // delete a run
            text.erase(std::min(at, text.size() - 1), 1 + random() % 8);
            break;
        case 2: // repeat a run
            text.insert(at, text.substr(random() % text.size(), 1 + random() % 40));
            break;
        default: // flip a byte
            text[std::min(at, text.size() - 1)] = char(random() % 256);
        }
    }
    return text;
}

// Every link of every shipped scenario with all its inputs moved: the material to mutate.
std::vector<std::string> seed_links() {
    std::vector<std::string> links;
    for (const Scenario& scenario : shipped_catalog().scenarios) {
        WidgetState state = fresh();
        select_scenario(state, shipped_catalog(), scenario.id);
        for (Line& line : state.scenario.lines)
            for (Input& input : line.inputs)
                set_input(state, line.id, input.key, (input.min + input.max) / 3);
        links.push_back(encode_permalink(state, shipped_catalog()));
    }
    return links;
}

void expect_sound(const WidgetState& state, const std::string& input) {
    EXPECT_TRUE(std::isfinite(scenario_total_usd(state.scenario))) << input;
    EXPECT_LE(state.warnings.size(), kMaxWarnings) << input;
    for (const Warning& warning : state.warnings) {
        EXPECT_LE(warning.key.size(), kWarningTextBytes + 3) << input;
        EXPECT_LE(warning.value.size(), kWarningTextBytes + 3) << input;
    }
    for (const Line& line : state.scenario.lines)
        for (const Input& input_value : line.inputs)
            EXPECT_TRUE(input_value.value >= input_value.min &&
                        input_value.value <= input_value.max)
                << input;
}

} // namespace

TEST(HostileInput, MutatedLinksGiveASoundStateThatRoundTrips) {
    std::mt19937 random(20261125);
    const std::vector<std::string> links = seed_links();
    for (int i = 0; i < 3000; ++i) {
        const std::string link = mutate(links[random() % links.size()], random);
        const WidgetState state = decode_permalink(link, shipped_catalog(), french());
        expect_sound(state, link);
        // What the widget then shares reads back to the same figures, with nothing to warn about.
        const std::string shared = encode_permalink(state, shipped_catalog());
        const WidgetState again = decode_permalink(shared, shipped_catalog(), french());
        EXPECT_TRUE(again.warnings.empty()) << link << " -> " << shared;
        EXPECT_EQ(scenario_total_usd(again.scenario), scenario_total_usd(state.scenario)) << link;
        if (::testing::Test::HasFailure()) break; // one reproducible case is enough
    }
}

TEST(HostileInput, MutatedStatesGiveASoundStateAndReadableJson) {
    std::mt19937 random(1125);
    const std::string base =
        R"({"scenario": "r1-nature", "lang": "en", "currency": "eur", "theme": "dark",
            "compare": ["current", "r1-nature"],
            "lines": [{"id": "r1-zero", "inputs": {"gpus": 600, "hours": 100}},
                      {"id": "r1", "inputs": {"usd_per_gpu_hour": 2.5}}]})";
    WidgetState state = fresh();
    for (int i = 0; i < 3000; ++i) {
        const std::string text = mutate(base, random);
        apply_state_json(state, shipped_catalog(), text);
        expect_sound(state, text);
        const auto json = nlohmann::json::parse(
            state_json(state, shipped_catalog(), shipped_strings(), "link"), nullptr, false);
        ASSERT_FALSE(json.is_discarded()) << text;
        if (::testing::Test::HasFailure()) break;
    }
}
