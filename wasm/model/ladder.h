#pragma once
// The comparison ladder: every scenario's headline figure, every marker and the reader's own
// total on one logarithmic scale, and the ratio between two of them ($1.6B / $6M ≈ 267×).

#include "model/scenario.h"

#include <string>
#include <string_view>
#include <vector>

namespace aicost {

struct WidgetState;

// The scale runs from $10K to $1T: four orders below R1's RL run to twice Stargate.
inline constexpr double kLadderMinUsd = 1e4;
inline constexpr double kLadderMaxUsd = 1e12;
// The id of the rung that carries the reader's current total.
inline constexpr std::string_view kCurrentRung = "current";

struct Rung {
    std::string id;      // a scenario id, a marker id, or kCurrentRung
    LocalizedText label; // empty for the current rung: the UI names it from strings.json
    double usd = 0.0;
    Precision precision = Precision::Exact;
    bool computed = false; // the reader's own total, not a published figure
    Source source;         // empty for the current rung
    std::string quote;
};

// Lowest first. A scenario's rung is its headline published figure (its computed default total
// when it has none); markers as published; the current rung is the state's total.
std::vector<Rung> ladder_rungs(const Catalog& catalog, const WidgetState& state);

// The rungs the scale draws: ladder_rungs, less the reader's own total in the ladder alone (its
// embed has no sliders) until a link or the host changed a figure, or the reader compares it.
std::vector<Rung> shown_rungs(const Catalog& catalog, const WidgetState& state);

// True for an id ladder_rungs can return.
bool is_rung_id(const Catalog& catalog, std::string_view id);

const Rung* find_rung(const std::vector<Rung>& rungs, std::string_view id);

// 0 at $10K, 1 at $1T, logarithmic; values outside (or not positive) are held at the ends.
double ladder_position(double usd);

// How many times the larger figure is the smaller one (>= 1); 0 when either is not positive.
double ratio_between(double a_usd, double b_usd);

// The two compared rungs, larger first ("x is N times y"); both null when either id is missing.
struct Comparison {
    const Rung* larger = nullptr;
    const Rung* smaller = nullptr;
    double ratio = 0.0;
};
Comparison compare_rungs(const std::vector<Rung>& rungs, const std::string& a_id,
                         const std::string& b_id);

} // namespace aicost
