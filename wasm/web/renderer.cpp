#include "renderer.h"

#include <GLES3/gl3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

// widget_library.js: uploads the glyph atlas the page last drew (browser_fonts.cpp) into the bound
// texture, as GL_R8 coverage. Returns 0 when there is none.
extern "C" int aicost_upload_glyphs();
// widget_library.js: the few GL queries the renderer makes.
extern "C" int aicost_gl_integer(GLenum name, int index);
extern "C" int aicost_program_linked(GLuint program);
extern "C" void aicost_set_transform(GLuint program, float x, float y, float z, float w);
// widget_library.js: the WebGL2 context of the page's canvas, made current. Returns 0 without one.
extern "C" int aicost_make_context();

namespace aicost::web {
namespace {

// ImGui's vertices are straight-alpha colours; the atlas is coverage in the red channel.
constexpr const char* kVertexShader = R"(#version 300 es
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 colour;
uniform vec4 transform; // scale.xy, offset.xy: display coordinates to clip space
out vec2 frag_uv;
out vec4 frag_colour;
void main() {
    frag_uv = uv;
    frag_colour = colour;
    gl_Position = vec4(position * transform.xy + transform.zw, 0.0, 1.0);
})";
constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D atlas;
in vec2 frag_uv;
in vec4 frag_colour;
out vec4 out_colour;
void main() {
    out_colour = vec4(frag_colour.rgb, frag_colour.a * texture(atlas, frag_uv).r);
})";

struct Gl {
    GLuint program = 0, vertex_array = 0, vertices = 0, indices = 0, font_texture = 0;
    bool linked = false;
    std::uint64_t drawn = 0; // fingerprint of what the canvas shows; 0: nothing known
};
Gl gl;

GLuint compile(GLenum kind, const char* source) {
    GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

// Compiles and links, without waiting: the GPU process does it while the page draws the type,
// and program_linked() asks for the result only when the first frame needs it.
void create_objects() {
    gl = Gl{};
    gl.program = glCreateProgram();
    GLuint vertex = compile(GL_VERTEX_SHADER, kVertexShader);
    GLuint fragment = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    glAttachShader(gl.program, vertex);
    glAttachShader(gl.program, fragment);
    glLinkProgram(gl.program);
    glDeleteShader(vertex);
    glDeleteShader(fragment);
    // Commands wait in the page's buffer until a flush: send them now, or the GPU process starts
    // compiling only when the first frame asks whether the program linked.
    glFlush();
    glGenVertexArrays(1, &gl.vertex_array);
    glGenBuffers(1, &gl.vertices);
    glGenBuffers(1, &gl.indices);
    glBindVertexArray(gl.vertex_array);
    glBindBuffer(GL_ARRAY_BUFFER, gl.vertices);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gl.indices);
    for (GLuint attribute = 0; attribute < 3; ++attribute)
        glEnableVertexAttribArray(attribute);
    // The widget sets no other GL state: set what ImGui needs once, not every frame.
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glEnable(GL_SCISSOR_TEST);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    // Without a base-vertex draw call in WebGL 2, a list's vertex offset moves the attribute
    // pointers instead: lists over 65,536 vertices keep 16-bit indices.
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
}

void point_attributes(unsigned vertex_offset) {
    const char* base =
        reinterpret_cast<const char*>(std::uintptr_t(vertex_offset) * sizeof(ImDrawVert));
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                          base + offsetof(ImDrawVert, pos));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                          base + offsetof(ImDrawVert, uv));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert),
                          base + offsetof(ImDrawVert, col));
}

// A 64-bit fingerprint of everything a frame puts on the canvas, eight bytes at a time.
struct Fingerprint {
    std::uint64_t value = 1469598103934665603ull;
    void add(const void* data, std::size_t size) {
        const unsigned char* bytes = static_cast<const unsigned char*>(data);
        for (; size >= 8; bytes += 8, size -= 8) {
            std::uint64_t word;
            std::memcpy(&word, bytes, 8);
            mix(word);
        }
        std::uint64_t tail = 0;
        std::memcpy(&tail, bytes, size);
        mix(tail ^ (std::uint64_t(size) << 56));
    }
    void mix(std::uint64_t word) {
        value = (value ^ word) * 0x100000001b3ull;
        value ^= value >> 29;
    }
};

std::uint64_t fingerprint(const ImDrawData& data, int width, int height, unsigned paper) {
    Fingerprint print;
    // Where the band is in the display: the same vertices elsewhere are another picture.
    const int frame[4] = {width, height, int(paper), int(data.DisplayPos.y)};
    print.add(frame, sizeof frame);
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        print.add(list.VtxBuffer.Data, std::size_t(list.VtxBuffer.Size) * sizeof(ImDrawVert));
        print.add(list.IdxBuffer.Data, std::size_t(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& command : list.CmdBuffer) {
            print.add(&command.ClipRect, sizeof command.ClipRect);
            const std::uintptr_t texture = std::uintptr_t(command.TextureId);
            const unsigned counts[3] = {command.VtxOffset, command.IdxOffset, command.ElemCount};
            print.add(&texture, sizeof texture);
            print.add(counts, sizeof counts);
        }
    }
    return print.value ? print.value : 1; // 0 means "unknown"
}

} // namespace

bool renderer_make_context() {
    return aicost_make_context() != 0;
}

void renderer_init() {
    create_objects();
}

bool renderer_restore() {
    // The old objects died with the lost context: make new ones, as at the first start.
    create_objects();
    return true;
}

bool renderer_program_linked() {
    if (gl.linked) return true;
    if (!aicost_program_linked(gl.program)) return false;
    gl.linked = true;
    glUseProgram(gl.program);
    return true;
}

int renderer_max_size() {
    const int renderbuffer = aicost_gl_integer(GL_MAX_RENDERBUFFER_SIZE, 0);
    int size = aicost_gl_integer(GL_MAX_VIEWPORT_DIMS, 1);
    if (renderbuffer > 0 && renderbuffer < size) size = renderbuffer;
    return size > 0 ? size : 4096;
}

void renderer_upload_fonts() {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    if (!gl.font_texture) glGenTextures(1, &gl.font_texture);
    glBindTexture(GL_TEXTURE_2D, gl.font_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    // The glyphs go from the page's canvas straight to the texture (browser_fonts.cpp).
    aicost_upload_glyphs();
    atlas.SetTexID(reinterpret_cast<ImTextureID>(std::uintptr_t(gl.font_texture)));
    atlas.ClearTexData(); // the GPU has it; the glyph table stays for layout
    gl.drawn = 0;
}

void renderer_invalidate() {
    gl.drawn = 0;
}

bool renderer_draw(const ImDrawData* draw_data, int framebuffer_width, int framebuffer_height,
                   unsigned paper_rgba) {
    const std::uint64_t print =
        fingerprint(*draw_data, framebuffer_width, framebuffer_height, paper_rgba);
    if (print == gl.drawn) return false;
    gl.drawn = print;

    glViewport(0, 0, framebuffer_width, framebuffer_height);
    glScissor(0, 0, framebuffer_width, framebuffer_height);
    const ImVec4 paper = ImGui::ColorConvertU32ToFloat4(paper_rgba);
    glClearColor(paper.x, paper.y, paper.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);

    const ImVec2 origin = draw_data->DisplayPos, size = draw_data->DisplaySize;
    const ImVec2 scale = draw_data->FramebufferScale;
    if (size.x <= 0.0f || size.y <= 0.0f) return true;
    aicost_set_transform(gl.program, 2.0f / size.x, -2.0f / size.y,
                         -1.0f - origin.x * 2.0f / size.x, 1.0f + origin.y * 2.0f / size.y);
    glActiveTexture(GL_TEXTURE0);
    constexpr GLenum kIndexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
    for (int n = 0; n < draw_data->CmdListsCount; ++n) {
        const ImDrawList& list = *draw_data->CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(list.VtxBuffer.Size) * sizeof(ImDrawVert),
                     list.VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(list.IdxBuffer.Size) * sizeof(ImDrawIdx),
                     list.IdxBuffer.Data, GL_STREAM_DRAW);
        unsigned vertex_offset = ~0u;
        for (const ImDrawCmd& command : list.CmdBuffer) {
            if (command.UserCallback || command.ElemCount == 0) continue;
            // Clipped to the drawing buffer: the display reaches beyond the band it shows.
            const float x0 = std::max(0.0f, (command.ClipRect.x - origin.x) * scale.x);
            const float y0 = std::max(0.0f, (command.ClipRect.y - origin.y) * scale.y);
            const float x1 =
                std::min(float(framebuffer_width), (command.ClipRect.z - origin.x) * scale.x);
            const float y1 =
                std::min(float(framebuffer_height), (command.ClipRect.w - origin.y) * scale.y);
            if (x1 <= x0 || y1 <= y0) continue;
            glScissor(GLint(x0), GLint(float(framebuffer_height) - y1), GLsizei(x1 - x0),
                      GLsizei(y1 - y0));
            if (command.VtxOffset != vertex_offset) {
                vertex_offset = command.VtxOffset;
                point_attributes(vertex_offset);
            }
            glBindTexture(GL_TEXTURE_2D, GLuint(std::uintptr_t(command.GetTexID())));
            glDrawElements(GL_TRIANGLES, GLsizei(command.ElemCount), kIndexType,
                           reinterpret_cast<const void*>(command.IdxOffset * sizeof(ImDrawIdx)));
        }
    }
    return true;
}

} // namespace aicost::web
