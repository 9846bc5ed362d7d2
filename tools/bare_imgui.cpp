// The smallest honest Dear ImGui page, for tools/bench.mjs to compare the widget against: the same
// ImGui (1.86), the same OpenGL3 backend on WebGL2, the same compiler flags, but no model, no
// document, no fonts of its own and no data to fetch. Whatever the widget takes beyond this page at
// start-up is the widget's own cost; what this page takes is the floor of the approach.
#include <emscripten/html5.h>

#include "imgui.h"
#include "imgui_impl_opengl3.h"

#include <GLES3/gl3.h>

int main() {
    // Sized like the widget's canvas: the page's CSS width, drawn at the device's pixel ratio.
    double css_width = 0, css_height = 0;
    emscripten_get_element_css_size("#canvas", &css_width, &css_height);
    const double ratio = emscripten_get_device_pixel_ratio();
    const int width = int(css_width * ratio), height = int(css_height * ratio);
    emscripten_set_canvas_element_size("#canvas", width, height);

    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.alpha = false;
    attributes.antialias = false;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context =
        emscripten_webgl_create_context("#canvas", &attributes);
    if (context <= 0) return 1;
    emscripten_webgl_make_context_current(context);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(float(css_width), float(css_height));
    io.DisplayFramebufferScale = ImVec2(float(ratio), float(ratio));
    ImGui::StyleColorsLight();
    ImGui_ImplOpenGL3_Init("#version 300 es");

    // One frame, drawn once: the window fills the canvas, as the widget's does.
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("Bare Dear ImGui", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::Text("A bare Dear ImGui page: the default font, one window.");
    ImGui::Text("R1 reinforcement learning: 512 GPUs x 198 h x $2.00 = $202,752");
    ImGui::TextWrapped("It draws one frame at start and nothing after, so its first frame is "
                       "the cost of the runtime, the font atlas and the backend alone.");
    static float hours = 198.0f;
    ImGui::SliderFloat("hours", &hours, 1.0f, 1000.0f, "%.0f h");
    ImGui::End();
    ImGui::Render();
    glViewport(0, 0, width, height);
    glClearColor(1.0f, 1.0f, 1.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return 0;
}
