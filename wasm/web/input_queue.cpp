#include "input_queue.h"

#include <imgui.h>

#include <cfloat>

namespace aicost::web {

void InputQueue::feed(ImGuiIO& io) {
    while (!events_.empty()) {
        const InputEvent event = events_.front();
        events_.pop_front();
        switch (event.kind) {
        case InputEvent::Kind::Move:
            io.MousePos = ImVec2(event.x, event.y);
            break;
        case InputEvent::Kind::Leave:
            io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
            break;
        case InputEvent::Kind::Button:
            if (event.code < 0 || event.code >= IM_ARRAYSIZE(io.MouseDown)) break;
            io.MouseDown[event.code] = event.down;
            return; // one transition per frame
        }
    }
}

} // namespace aicost::web
