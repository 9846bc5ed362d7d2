#pragma once
// Which parts of the widget an embed shows (view= in a link, data-view in an embed code): the
// whole widget, the ladder alone, or one scenario's calculator. The canvas, the document beside
// it and the page for readers without JavaScript all ask here, so they never disagree.

#include "model/enum_names.h"

#include <optional>
#include <string_view>

namespace aicost {

enum class View { Full, Ladder, Calculator };
inline constexpr EnumName<View> kViewNames[] = {
    {View::Full, "full"}, {View::Ladder, "ladder"}, {View::Calculator, "calculator"}};
inline std::string_view view_name(View view) {
    return enum_name(kViewNames, view);
}
inline std::optional<View> parse_view(std::string_view name) {
    return parse_enum(kViewNames, name);
}

// The parts of the widget, in the order they are shown.
struct ViewParts {
    bool picker = false;       // the scenarios to choose from
    bool head = false;         // title, total and the published figures: the answer
    bool position = false;     // where the total sits on the scale, in a line under the answer
    bool breakdown = false;    // what each line counts for
    bool lines = false;        // each line's equation, sliders and source
    bool owning = false;       // what owning the GPUs would have cost
    bool ladder = false;       // every figure on one scale, and a ratio between two
    bool all_settings = false; // languages and themes beside the currencies
};
ViewParts view_parts(View view);

// On a widget narrower than this (CSS pixels), a phone's, the scenario picker folds into one
// button that names the current scenario (six chips took five rows of the screen), and in the
// whole widget each line's sliders fold under its equation, one tap away: the answer, the lines
// and the scale then fit in a few screens.
inline constexpr float kNarrowBelowPx = 600.0f;
inline bool narrow_widget(float widget_px) {
    return widget_px < kNarrowBelowPx;
}

} // namespace aicost
