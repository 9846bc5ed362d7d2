#include "model/ladder.h"

#include "model/widget_state.h"

#include <algorithm>
#include <cmath>

namespace aicost {

std::vector<Rung> ladder_rungs(const Catalog& catalog, const WidgetState& state) {
    std::vector<Rung> rungs;
    for (const Scenario& scenario : catalog.scenarios) {
        Rung rung;
        rung.id = scenario.id;
        rung.label = scenario.short_title;
        if (!scenario.published.empty()) {
            const PublishedFigure& headline = scenario.published.front();
            rung.usd = headline.usd;
            rung.precision = headline.precision;
            rung.source = headline.source;
            rung.quote = headline.quote;
        } else {
            // No published dollar figure (a source that gives GPU-hours only): the rung is the
            // computed total, cited to the source of the figures it is computed from.
            rung.usd = scenario_total_usd(scenario);
            if (!scenario.lines.empty()) rung.source = scenario.lines.front().source;
        }
        rungs.push_back(std::move(rung));
    }
    for (const Marker& marker : catalog.markers)
        rungs.push_back({marker.id, marker.label, marker.usd, marker.precision, false,
                         marker.source, marker.quote});
    Rung current;
    current.id = std::string(kCurrentRung);
    current.usd = scenario_total_usd(state.scenario);
    current.computed = true;
    rungs.push_back(std::move(current));
    std::stable_sort(rungs.begin(), rungs.end(),
                     [](const Rung& a, const Rung& b) { return a.usd < b.usd; });
    return rungs;
}

std::vector<Rung> shown_rungs(const Catalog& catalog, const WidgetState& state) {
    std::vector<Rung> rungs = ladder_rungs(catalog, state);
    const bool compared = state.compare[0] == kCurrentRung || state.compare[1] == kCurrentRung;
    if (state.view == View::Ladder && !compared && !differs_from_defaults(state.scenario))
        rungs.erase(
            std::remove_if(rungs.begin(), rungs.end(), [](const Rung& r) { return r.computed; }),
            rungs.end());
    return rungs;
}

bool is_rung_id(const Catalog& catalog, std::string_view id) {
    return id == kCurrentRung || find_scenario(catalog, id) || find_marker(catalog, id);
}

const Rung* find_rung(const std::vector<Rung>& rungs, std::string_view id) {
    for (const Rung& rung : rungs)
        if (rung.id == id) return &rung;
    return nullptr;
}

double ladder_position(double usd) {
    if (!(usd > kLadderMinUsd)) return 0.0;
    if (!(usd < kLadderMaxUsd)) return 1.0;
    return std::log10(usd / kLadderMinUsd) / std::log10(kLadderMaxUsd / kLadderMinUsd);
}

double ratio_between(double a_usd, double b_usd) {
    if (!(a_usd > 0.0) || !(b_usd > 0.0) || !std::isfinite(a_usd) || !std::isfinite(b_usd))
        return 0.0;
    return std::max(a_usd, b_usd) / std::min(a_usd, b_usd);
}

Comparison compare_rungs(const std::vector<Rung>& rungs, const std::string& a_id,
                         const std::string& b_id) {
    Comparison comparison;
    const Rung* a = find_rung(rungs, a_id);
    const Rung* b = find_rung(rungs, b_id);
    if (!a || !b) return comparison;
    if (a->usd < b->usd) std::swap(a, b);
    return {a, b, ratio_between(a->usd, b->usd)};
}

} // namespace aicost
