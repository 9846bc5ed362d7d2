#pragma once
// What the reader has set: scenario, language, currency and every input, plus the notices owed to
// them. The UI, the JavaScript API and the permalink all read and write this one struct.

#include "model/scenario.h"
#include "model/strings.h"

#include <string>
#include <string_view>
#include <vector>

namespace aicost {

// Something the widget could not honour and replaced by a default; always shown to the reader.
struct Warning {
    std::string code;  // "unknown-scenario", "bad-number", "out-of-range", ...
    std::string key;   // what it was about: "r1.hours", "scenario", ...
    std::string value; // what was given (shortened)
};

struct WidgetState {
    Scenario scenario; // working copy of the catalog's scenario with the reader's values
    Lang lang = Lang::Fr;
    std::string currency = "usd";
    std::vector<Warning> warnings;
};

WidgetState default_state(const Catalog& catalog, Lang lang);

// Switches scenario and resets its inputs to their defaults. False (and no change) when unknown.
bool select_scenario(WidgetState& state, const Catalog& catalog, std::string_view id);

// Sets an input, rounded to its precision and clamped to its range. A value that is not finite is
// refused. Each correction adds a warning to `state.warnings`.
bool set_input(WidgetState& state, std::string_view line_id, std::string_view key, double value);

// An input in display units: money converted to `currency`, anything else as it is.
double display_value(const Input& input, const Currency& currency);

// Sets an input from a value in display units: money in the state's currency. As set_input.
bool set_input_in_display_units(WidgetState& state, const Catalog& catalog,
                                std::string_view line_id, std::string_view key, double shown_value);

// Applies a partial state in the JavaScript API's shape:
// { "scenario": "...", "lang": "en", "currency": "eur", "lines": [{ "id": "...", "inputs": {...} }]
// } Everything valid is applied; each invalid part becomes a warning. Replaces `state.warnings`.
void apply_state_json(WidgetState& state, const Catalog& catalog, std::string_view json_text);

// The currency the state displays (USD when its code is unknown).
const Currency& display_currency(const WidgetState& state, const Catalog& catalog);

// The localized text of a warning.
std::string warning_message(const Warning& warning, const Strings& strings, Lang lang);

// One sentence a screen reader can read: the total and how it arises.
std::string result_sentence(const WidgetState& state, const Catalog& catalog,
                            const Strings& strings);

// The JavaScript API's getState() object, as JSON text. `permalink` is the full link.
std::string state_json(const WidgetState& state, const Catalog& catalog, const Strings& strings,
                       std::string_view permalink);

} // namespace aicost
