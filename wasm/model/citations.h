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

// In order of appearance: the scenario's published figures and lines (with the owning line),
// the ladder's other figures, then the display currency's rate.
std::vector<Citation> cited_sources(const Catalog& catalog, const WidgetState& state);

} // namespace aicost
