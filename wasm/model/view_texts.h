#pragma once
// The sentences the widget prints about the reader's state, written once for both of its faces:
// the canvas draws them, the document (static pages and live mirror) carries them as text.

#include "model/citations.h"
#include "model/scenario.h"
#include "model/strings.h"

#include <string>
#include <vector>

namespace aicost {

struct WidgetState;
struct Warning;
class Warnings;
struct Rung;
struct Comparison;
struct Catalog;

// A notice lists this many of a link's problems at most, then says how many more there are.
inline constexpr size_t kWarningsShown = 4;

// "… and 12 more." after the first `shown` warnings; empty when none is left out.
std::string more_warnings_text(const Warnings& warnings, size_t shown, const Lang& lang,
                               const Strings& strings);

// "147,336 GPU-hours on 512 GPUs", "60,000 GPUs"; empty when the scenario has neither.
std::string total_detail(const Scenario& scenario, const Lang& lang, const Strings& strings);

// What the widget says under a published figure: how the model's arithmetic compares.
struct PublishedNotes {
    std::vector<std::string> details; // "Computed here: $5,870,000.", the table's rounding...
    std::string verdict;              // "The arithmetic reproduces the published figure."
    bool reproduced = false;
};
PublishedNotes published_notes(const Scenario& scenario, const PublishedFigure& figure,
                               const Currency& currency, const Lang& lang, const Strings& strings);

// A line's share of the total: "69 %", "< 1 %".
std::string share_text(double share, const Lang& lang, const Strings& strings);

// An input's name; an asterisk marks a value no source gives.
std::string input_label(const Input& input, const Lang& lang, const Strings& strings);

// "Source: Nature, Supplementary Table 4 (2025-09-17)"; `prefix_key` is cite.source or cite.also.
std::string citation_text(const char* prefix_key, const Source& source, const Lang& lang,
                          const Strings& strings);

// The reasoning under a line: "* Assumption: …", or "… explained above." when an earlier line
// already showed the same note. Empty for a line without a note.
std::string note_text(const Line& line, bool shown_above, const Lang& lang, const Strings& strings);

// The owning comparison: "That is 1.06× more expensive than renting…", and its arithmetic.
std::string owning_versus(const Scenario& scenario, const Currency& currency, const Lang& lang,
                          const Strings& strings);
std::string owning_equation(const Scenario& scenario, const Currency& currency, const Lang& lang,
                            const Strings& strings);

// A sources-panel entry's first line: "1. Publisher, “Title” (date), locator."
std::string citation_heading(const Citation& citation, size_t index, const Lang& lang,
                             const Strings& strings);

// "$ USD", "€ EUR".
std::string currency_label(const Currency& currency);

// What the widget says when its data could not be read: "The calculator's data is invalid:
// scenarios[0].lines[2]…". With strings.json itself unreadable, the detail alone.
std::string data_error_text(const std::string& detail, const Strings& strings, const Lang& lang);

// The localized text of a warning.
std::string warning_message(const Warning& warning, const Strings& strings, const Lang& lang);

// One sentence a screen reader can read: the total and how it arises.
std::string result_sentence(const WidgetState& state, const Catalog& catalog,
                            const Strings& strings);

// A rung's figure with its precision: "> 500 M$", "≈ 6 M$", "294 k$".
std::string rung_text(const Rung& rung, const Currency& currency, const Lang& lang);
// A rung's name; the current rung's comes from strings.json ("Votre calcul").
std::string rung_label(const Rung& rung, const Strings& strings, const Lang& lang);
// "267×", "1,4×"; "—" when there is no ratio.
std::string ratio_text(double ratio, const Lang& lang);
// The same number without the sign, for sentences: "267", "1,4".
std::string ratio_times(double ratio, const Lang& lang);

// "Server fleet (SemiAnalysis), ≈ $1.6B, is 267 times V3 + R1, ≈ $6M."; empty without a pair.
std::string comparison_sentence(const Comparison& comparison, const Currency& currency,
                                const Strings& strings, const Lang& lang);

// Where the scenario's total sits among the other figures of the scale: its neighbours below and
// above (the scenario's own published figure and the reader's total left out).
struct ScalePosition {
    double usd = 0.0;            // the total
    const Rung* lower = nullptr; // the largest figure under it, if any
    const Rung* upper = nullptr; // the smallest figure over it, if any
};
ScalePosition scale_position(const WidgetState& state, const std::vector<Rung>& rungs);
// "On the scale of costs: between V3 + R1 (≈ $6M) and GPT-4 (> $100M)."; empty without neighbours.
std::string scale_position_text(const ScalePosition& position, const Currency& currency,
                                const Strings& strings, const Lang& lang);

} // namespace aicost
