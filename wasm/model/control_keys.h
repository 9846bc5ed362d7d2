#pragma once
// Every control a reader can operate has one key, the same on the canvas (where it is drawn and
// where its focus ring shows) and in the document (where it is a real HTML control with the id
// "w:" + key): "scenario/v3-final-run", "slider/r1-zero/gpus", "rung/gpt-4", "fold/sources"...

#include "model/scenario.h"

#include <string>
#include <string_view>

namespace aicost {

enum class Theme;
enum class View;

std::string scenario_key(std::string_view scenario_id);
std::string slider_key(std::string_view line_id, std::string_view input_key);
std::string value_key(std::string_view line_id, std::string_view input_key); // exact-value field
std::string rung_key(std::string_view rung_id);
std::string currency_key(std::string_view code);
std::string lang_key(const Lang& lang);
std::string theme_key(Theme theme);
std::string citation_key(std::string_view line_id, size_t index); // 0: the line's source
std::string source_key(size_t index);                             // the sources panel's entries
inline constexpr std::string_view kResetKey = "reset";
inline constexpr std::string_view kDismissKey = "dismiss";

// Folded parts of the widget, by name: the sources panel, the owning inputs, a line's sliders.
inline constexpr std::string_view kSourcesFold = "sources";
inline constexpr std::string_view kOwningFold = "owning";
inline constexpr std::string_view kPickerFold = "picker"; // on a narrow widget (view.h)
std::string line_fold(std::string_view line_id);
// Whether each line's sliders fold away under its equation, which shows every figure: in scenarios
// of more than three lines (the fleet's seven), so that no one scrolls past twenty sliders, and in
// the whole widget on a narrow one (view.h), where the calculator alone keeps them open.
bool folds_line_inputs(const Scenario& scenario, View view, bool narrow);
std::string fold_key(std::string_view fold);

// Parts of the widget, each drawn as one block on the canvas: the document lays the element that
// holds the same part over it, so that its text sits where the canvas draws it (a screen reader's
// highlight, find-in-page). Names: "notice", "picker", "head", "breakdown", "line/<id>", "owning",
// "ladder", "sources", "settings".
std::string block_key(std::string_view part);

// The document element's id for a key.
std::string dom_id(std::string_view key);

} // namespace aicost
