#pragma once
// WebGL2: the only GPU code in the widget. A small renderer of ImGui's draw data of its own,
// rather than ImGui's OpenGL3 backend: the font atlas goes up as one byte per pixel (a quarter of
// the backend's RGBA), no GL state is read back each frame, and a frame whose draw data did not
// change is not drawn again.

struct ImDrawData;

namespace aicost::web {

// Makes the WebGL2 context of the canvas the page gave the module (widget_library.js), alone: the
// GPU process takes its time, in a step of its own. False when the browser has no WebGL2.
bool renderer_make_context();
// The renderer's GL objects, on that context.
void renderer_init();
// After the browser restored a lost context: makes the renderer's GL objects again.
bool renderer_restore();
// Whether the shaders linked; asked before the first frame is drawn, not when they are made, so
// the GPU process links them while the page draws the type. False: nothing can be drawn.
bool renderer_program_linked();
// The largest drawing buffer side the GPU renders to (viewport and renderbuffer limits).
int renderer_max_size();
// Uploads the font atlas the page just drew (browser_fonts.cpp) into the font texture.
void renderer_upload_fonts();
// The drawing buffer was cleared (the canvas was resized): the next frame must be drawn.
void renderer_invalidate();
// Draws the frame unless it is the one already on the canvas. True when it drew.
bool renderer_draw(const ImDrawData* draw_data, int framebuffer_width, int framebuffer_height,
                   unsigned paper_rgba);

} // namespace aicost::web
