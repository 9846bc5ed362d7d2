#pragma once
// Every source behind a figure the reader sees, once each, with the short quotes taken from it:
// the sources panel lists these, and getState() returns them.

#include "model/scenario.h"

#include <string>
#include <vector>

namespace aicost {

struct WidgetState;

struct Citation {
    Source source;
    std::vector<std::string> quotes; // the source's own words for the figures cited from it
};

// In order of appearance, of the parts the state's view shows: the scenario's published figures
// and lines (with the owning line), the ladder's other figures, then the display currency's rate.
std::vector<Citation> cited_sources(const Catalog& catalog, const WidgetState& state);

// Whether two lines cite the same sources: a line under one that cites the same cites nothing
// more (R1's three stages all come from Nature's table; a phone showed it three times).
bool same_sources(const Line& a, const Line& b);

} // namespace aicost
