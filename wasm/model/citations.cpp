#include "model/citations.h"

#include "model/ladder.h"
#include "model/widget_state.h"

#include <algorithm>

namespace aicost {
namespace {

void cite(std::vector<Citation>& list, const Source& source, const std::string& quote = {}) {
    if (source.url.empty() && source.publisher.empty()) return;
    auto same = [&](const Citation& c) {
        return c.source.url == source.url && c.source.title == source.title;
    };
    auto it = std::find_if(list.begin(), list.end(), same);
    if (it == list.end()) {
        list.push_back({source, {}});
        it = list.end() - 1;
    }
    if (!quote.empty() &&
        std::find(it->quotes.begin(), it->quotes.end(), quote) == it->quotes.end())
        it->quotes.push_back(quote);
}

} // namespace

bool same_sources(const Line& a, const Line& b) {
    const auto same = [](const Source& x, const Source& y) {
        return x.url == y.url && x.title == y.title && x.publisher == y.publisher &&
               x.date == y.date && x.locator.texts == y.locator.texts;
    };
    if (!same(a.source, b.source) || a.more_sources.size() != b.more_sources.size()) return false;
    for (size_t i = 0; i < a.more_sources.size(); ++i)
        if (!same(a.more_sources[i], b.more_sources[i])) return false;
    return true;
}

std::vector<Citation> cited_sources(const Catalog& catalog, const WidgetState& state) {
    std::vector<Citation> list;
    const Scenario& scenario = state.scenario;
    const ViewParts parts = view_parts(state.view);
    if (parts.head)
        for (const PublishedFigure& figure : scenario.published)
            cite(list, figure.source, figure.quote);
    if (parts.lines)
        for (const Line* line : adjustable_lines(scenario)) {
            if (!parts.owning && is_owning_line(scenario, line)) continue;
            cite(list, line->source);
            for (const Source& source : line->more_sources)
                cite(list, source);
        }
    // Every figure on the ladder, as the ladder itself cites it (a scenario with no published
    // figure by the source of what it computes).
    if (parts.ladder)
        for (const Rung& rung : ladder_rungs(catalog, state))
            if (!rung.computed) cite(list, rung.source, rung.quote);
    cite(list, display_currency(state, catalog).source);
    return list;
}

} // namespace aicost
