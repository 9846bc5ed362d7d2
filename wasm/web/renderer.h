#pragma once
// WebGL2 through ImGui's OpenGL3 backend: the only GPU code in the widget.

struct ImDrawData;

namespace aicost::web {

// Creates a WebGL2 context on the canvas (CSS selector). False when the browser has no WebGL2.
bool renderer_init(const char* canvas_selector);
// After the browser restored a lost context: makes the renderer's GL objects again.
bool renderer_restore();
// The largest drawing buffer side the GPU renders to (viewport and renderbuffer limits).
int renderer_max_size();
// Uploads the current font atlas again (after a pixel-ratio change rebuilt it).
void renderer_reload_fonts();
void renderer_draw(ImDrawData* draw_data, int framebuffer_width, int framebuffer_height,
                   unsigned paper_rgba);

} // namespace aicost::web
