#pragma once
// What the reader has set: scenario, language, currency and every input, plus the notices owed to
// them, and the changes that keep it valid. The UI, the JavaScript API and the permalink all read
// and write this one struct (settings.h applies what comes from outside, view_texts.h says it).

#include "model/scenario.h"
#include "model/strings.h"
#include "model/view.h"

#include <array>
#include <optional>
#include <set>
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
bool operator==(const Warning& a, const Warning& b);
inline bool operator!=(const Warning& a, const Warning& b) {
    return !(a == b);
}

// The notices owed to the reader. A hostile link or setState() can make thousands: each key and
// value is cut short, the first kMaxWarnings are kept and the rest only counted, so what the
// state, the canvas and the live region carry stays small whatever the input.
inline constexpr std::size_t kMaxWarnings = 20;
inline constexpr std::size_t kWarningTextBytes = 40; // a key or value longer than this is cut

// The first `max_bytes` of `text` without splitting a UTF-8 character, with "…" when cut.
std::string shorten(std::string_view text, std::size_t max_bytes = kWarningTextBytes);

class Warnings {
  public:
    void add(std::string_view code, std::string_view key = {}, std::string_view value = {});
    void clear() { *this = Warnings(); }
    bool empty() const { return count_ == 0; }
    std::size_t size() const { return kept_.size(); } // the kept ones
    std::size_t count() const { return count_; }      // all of them
    std::size_t more() const { return count_ - kept_.size(); }
    const Warning& operator[](std::size_t i) const { return kept_[i]; }
    std::vector<Warning>::const_iterator begin() const { return kept_.begin(); }
    std::vector<Warning>::const_iterator end() const { return kept_.end(); }
    bool operator==(const Warnings& other) const {
        return count_ == other.count_ && kept_ == other.kept_;
    }
    bool operator!=(const Warnings& other) const { return !(*this == other); }

  private:
    std::vector<Warning> kept_;
    std::size_t count_ = 0;
};

// Auto follows the reader's system (prefers-color-scheme); a host may force one with theme=.
enum class Theme { Auto, Light, Dark };
inline constexpr EnumName<Theme> kThemeNames[] = {
    {Theme::Auto, "auto"}, {Theme::Light, "light"}, {Theme::Dark, "dark"}};
inline std::string_view theme_name(Theme theme) {
    return enum_name(kThemeNames, theme);
}
inline std::optional<Theme> parse_theme(std::string_view name) {
    return parse_enum(kThemeNames, name);
}

struct WidgetState {
    Scenario scenario; // working copy of the catalog's scenario with the reader's values
    Lang lang;         // one of the catalog's languages
    std::string currency = "usd";
    Theme theme = Theme::Auto;
    View view = View::Full; // which parts an embed shows (view.h)
    // The two ladder rungs whose ratio is shown (scenario ids, marker ids or "current").
    std::array<std::string, 2> compare;
    Warnings warnings;
    // View only, never in the permalink: the folded parts the reader opened (control_keys.h).
    std::set<std::string, std::less<>> open_folds;
};

WidgetState default_state(const Catalog& catalog, const Lang& lang);

// Switches scenario and resets its inputs to their defaults. False (and no change) when unknown.
bool select_scenario(WidgetState& state, const Catalog& catalog, std::string_view id);

// Adds a rung to the comparison in place of the older of the two. False when the id is not a
// rung; no change when it is already compared.
bool pick_rung(WidgetState& state, const Catalog& catalog, std::string_view id);

// Sets both compared rungs; false (and no change) unless both are rungs and differ.
bool set_compare(WidgetState& state, const Catalog& catalog, std::string_view a,
                 std::string_view b);

// Whether rounding a value to its input's precision is worth a warning: yes for what a link or a
// host sent, no for a slider's positions or a converted currency.
enum class Rounding { Silent, Reported };

// Sets an input, rounded to its precision and clamped to its range. A value that is not finite is
// refused. Each correction adds a warning to `state.warnings`.
bool set_input(WidgetState& state, std::string_view line_id, std::string_view key, double value,
               Rounding rounding = Rounding::Silent);

// An input in display units: money converted to `currency`, anything else as it is.
double display_value(const Input& input, const Currency& currency);

// Sets an input from a value in display units: money in the state's currency. As set_input.
bool set_input_in_display_units(WidgetState& state, const Catalog& catalog,
                                std::string_view line_id, std::string_view key, double shown_value);

// The currency the state displays (USD when its code is unknown).
const Currency& display_currency(const WidgetState& state, const Catalog& catalog);

} // namespace aicost
