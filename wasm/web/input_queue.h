#pragma once
// Browser input arrives between frames, sometimes several changes at once (a tap is a press and a
// release in the same millisecond). ImGui 1.86 samples button and key state once per frame, so
// the queue hands it at most one button change per frame and keeps the rest for the next.

#include <deque>

struct ImGuiIO;

namespace aicost::web {

struct InputEvent {
    enum class Kind { Move, Leave, Button } kind;
    float x = 0, y = 0;
    int code = 0; // mouse button
    bool down = false;
};

class InputQueue {
  public:
    void push(const InputEvent& event) { events_.push_back(event); }
    bool empty() const { return events_.empty(); }
    // Applies events to `io` up to and including the first button change.
    void feed(ImGuiIO& io);

  private:
    std::deque<InputEvent> events_;
};

} // namespace aicost::web
