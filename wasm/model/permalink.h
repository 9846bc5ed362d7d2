#pragma once
// The widget's state as a query string: "v=1&scenario=r1-nature&lang=en&r1.hours=96".
// Versioned, readable, and only what differs from the scenario's defaults. Decoding never fails:
// whatever cannot be used is replaced by its default and reported as a warning.

#include "model/widget_state.h"

#include <string>
#include <string_view>

namespace aicost {

inline constexpr int kPermalinkVersion = 1;

std::string encode_permalink(const WidgetState& state, const Catalog& catalog);

// The link a reader shares: the page written for the state's scenario, language and view
// (static_page_name), in `folder` (the deployment's URL, ending in '/'), with the whole permalink
// as its query. That page's HTML already holds the right document, so the first paint is the
// right scenario in the right language; the query alone still restores the state on any page.
std::string permalink_url(std::string_view folder, const WidgetState& state,
                          const Catalog& catalog);

// `query` may start with '?'. Keys that are not the widget's (utm_source, childId...) are ignored.
WidgetState decode_permalink(std::string_view query, const Catalog& catalog, Lang fallback_lang);

} // namespace aicost
