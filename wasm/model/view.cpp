#include "model/view.h"

namespace aicost {

ViewParts view_parts(View view) {
    ViewParts parts;
    switch (view) {
    case View::Full:
        parts = {true, true, true, true, true, true, true, true};
        break;
    case View::Ladder:
        parts.ladder = true;
        break;
    case View::Calculator:
        parts.head = parts.breakdown = parts.lines = true;
        break;
    }
    return parts;
}

} // namespace aicost
