#pragma once
// A setting from outside the widget, from a link or from setState(): applied, or refused with a
// warning that names it. Both readers go through here, so a link and a host page are held to the
// same rules and given the same words.

#include "model/widget_state.h"

#include <optional>
#include <string_view>

namespace aicost {

// Switches to the scenario `id` (its inputs at their defaults) unless it is already shown. False,
// with "unknown-scenario", when the catalog has no such scenario.
bool apply_scenario(WidgetState& state, const Catalog& catalog, std::string_view id);

void apply_lang(WidgetState& state, const Catalog& catalog, std::string_view code); // "bad-lang"
void apply_currency(WidgetState& state, const Catalog& catalog, std::string_view code);
void apply_theme(WidgetState& state, std::string_view name); // "bad-theme"
void apply_view(WidgetState& state, std::string_view name);  // "bad-view": the full widget

// The ladder's pair; `given` is the pair as it was written, for the warning ("bad-compare").
void apply_compare(WidgetState& state, const Catalog& catalog, std::string_view a,
                   std::string_view b, std::string_view given);

// An input, "line.key" = value, clamped and rounded to its input with a warning for each. An
// unknown line or input, or no readable number (`value` empty), is a warning naming `given`,
// the value as it was written.
void apply_input(WidgetState& state, std::string_view line_id, std::string_view key,
                 std::optional<double> value, std::string_view given);

} // namespace aicost
