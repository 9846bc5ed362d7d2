#include "renderer.h"

#include <GLES3/gl3.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

namespace aicost::web {

bool renderer_init(const char* canvas_selector) {
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = EM_FALSE;     // an opaque canvas composites faster
    attributes.antialias = EM_FALSE; // ImGui anti-aliases its own shapes
    attributes.depth = EM_FALSE;
    attributes.stencil = EM_FALSE;
    attributes.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context =
        emscripten_webgl_create_context(canvas_selector, &attributes);
    if (context <= 0) return false;
    emscripten_webgl_make_context_current(context);
    return ImGui_ImplOpenGL3_Init("#version 300 es");
}

bool renderer_restore() {
    // The old objects died with the lost context; deleting their names is harmless, and Init
    // starts from nothing, as at the first start.
    ImGui_ImplOpenGL3_Shutdown();
    return ImGui_ImplOpenGL3_Init("#version 300 es");
}

int renderer_max_size() {
    GLint viewport[2] = {0, 0}, renderbuffer = 0;
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, viewport);
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &renderbuffer);
    int size = viewport[1];
    if (renderbuffer > 0 && renderbuffer < size) size = renderbuffer;
    return size > 0 ? size : 4096;
}

void renderer_reload_fonts() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void renderer_draw(ImDrawData* draw_data, int framebuffer_width, int framebuffer_height,
                   unsigned paper_rgba) {
    glViewport(0, 0, framebuffer_width, framebuffer_height);
    const ImVec4 paper = ImGui::ColorConvertU32ToFloat4(paper_rgba);
    glClearColor(paper.x, paper.y, paper.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplOpenGL3_RenderDrawData(draw_data);
}

} // namespace aicost::web
