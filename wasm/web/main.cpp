// The widget in the browser: owns the one WidgetState of the page, draws frames only when
// something changed, and exposes C functions that widget.js calls (see the JavaScript API there).

#include "browser_fonts.h"
#include "input_queue.h"
#include "renderer.h"

#include "model/actions.h"
#include "model/announcement.h"
#include "model/catalog_json.h"
#include "model/partial_state.h"
#include "model/permalink.h"
#include "model/state_snapshot.h"
#include "model/static_pages.h"
#include "model/strings.h"
#include "model/view.h"
#include "model/view_texts.h"
#include "model/widget_document.h"
#include "model/widget_state.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widget_view.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

extern "C" void aicost_host_call(const char* kind, const char* payload);
// widget_library.js: the canvas' drawing buffer (device px) and its place in the widget (CSS px).
extern "C" int aicost_place_canvas(int buffer_width, int buffer_height, float width, float height,
                                   float top);
// widget_library.js: a frame was drawn; where the canvas is a worker's, it goes to the page now.
extern "C" void aicost_present();

namespace aicost::web {
namespace {

// Frames drawn after any event: ImGui settles hover and activation over a couple of frames.
constexpr int kFramesAfterEvent = 3;

struct App {
    Catalog catalog;
    Strings strings;
    std::vector<std::string> strings_errors; // strings.json's mistakes
    std::string data_error;
    WidgetState state;
    std::string site_url;

    ui::Fonts fonts;
    float fonts_pixel_ratio = 0.0f;
    bool fonts_in_texture = false; // the fonts' atlas is the renderer's font texture
    TypeCharacters characters;     // what the type is drawn for: the data's texts

    bool has_gl = false;
    int max_buffer_px = 0; // the GPU's limit on the drawing buffer's sides; 0 before the renderer
    float css_width = 320.0f, css_height = 1.0f; // the content's size
    int height_sent = 0;                         // the height the page was last told
    // The canvas covers a band of the content around what the reader sees (place_band), not the
    // whole of it: a phone's drawing buffer, its clearing and compositing stay a screen's worth
    // however tall the content (the fleet with every fold open: over 5,000 CSS px).
    float screen_height = 800.0f;        // the reader's screen, CSS px
    float view_top = 0, view_height = 0; // the part of the content on screen; 0: not known yet
    float band_top = 0, band_height = 1.0f;
    float pixel_ratio = 1.0f;  // the screen's devicePixelRatio
    float render_ratio = 1.0f; // what the canvas is drawn at: the ratio, unless the GPU cannot
    InputQueue input;
    int frames_pending = 0;
    bool frame_scheduled = false;
    unsigned frames_drawn = 0;
    double last_frame_ms = 0.0;
    bool ready = false;
    bool prefers_dark = false;           // the reader's system, from prefers-color-scheme
    const ui::Palette* styled = nullptr; // the palette ImGui's style was last set for
    ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;
    std::string reply;      // the last state handed to JavaScript; valid until the next call
    std::string text_reply; // the last interface text handed to JavaScript
    std::string announce_reply;

    // The document beside the canvas (widget-mirror.js): sent only when it changed.
    std::string document_sent, anchors_sent;
    std::string focused;      // the control whose HTML twin has the keyboard focus
    bool canvas_shown = true; // false while the document stands in for the canvas
    WidgetState announced;    // what the live region last spoke about
};

App* app = nullptr; // one widget per page: widget.html is the unit a host embeds

void host(const char* kind, const std::string& payload) {
    aicost_host_call(kind, payload.c_str());
}

// The state, written once per change: the page keeps it (getState() answers from its copy).
const std::string& current_state_json() {
    app->reply = state_json(app->state, app->catalog, app->strings,
                            permalink_url(app->site_url, app->state, app->catalog));
    return app->reply;
}

// The live document, after every change of state: widget-mirror.js patches it into the page.
void send_document() {
    std::string document = to_json(
        app->data_error.empty()
            ? widget_document(app->state, app->catalog, app->strings, DocMode::Live,
                              narrow_widget(app->css_width))
            : data_error_document(data_error_text(app->data_error, app->strings, app->state.lang),
                                  app->state.lang));
    if (document == app->document_sent) return;
    app->document_sent = std::move(document);
    host("document", app->document_sent);
}

void notify_state() {
    host("state", current_state_json());
    send_document();
}

// Where each control was drawn, so the document lays its element over it: [[key, x, y, w, h]].
void send_anchors(const std::vector<ui::Anchor>& anchors) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const ui::Anchor& a : anchors)
        list.push_back(
            {a.key, std::round(a.x), std::round(a.y), std::round(a.width), std::round(a.height)});
    std::string json = list.dump();
    if (json == app->anchors_sent) return;
    app->anchors_sent = std::move(json);
    host("anchors", app->anchors_sent);
}

EM_BOOL on_animation_frame(double, void*);

void schedule_frame() {
    if (!app->has_gl || !app->canvas_shown || app->frame_scheduled) return;
    app->frame_scheduled = true;
    emscripten_request_animation_frame(on_animation_frame, nullptr);
}

void request_frames(int count) {
    app->frames_pending = std::max(app->frames_pending, count);
    schedule_frame();
}

// The band the canvas covers: all of the content when it fits in kBandScreens screens; else that
// many screens around the part on screen, moved only when that part comes within a quarter screen
// of the band's edge, so that scrolling redraws once every few hundred pixels, and a fling finds
// the picture already drawn.
constexpr float kBandScreens = 2.0f;
void place_band() {
    const float height =
        std::floor(std::min(app->css_height, std::max(kBandScreens * app->screen_height,
                                                      app->view_height + app->screen_height / 2)));
    float top = std::clamp(app->band_top, 0.0f, app->css_height - height);
    const float view_bottom = app->view_top + app->view_height;
    const float margin =
        std::max(0.0f, std::min(app->screen_height / 4, (height - app->view_height) / 2));
    const bool near_top = top > 0 && app->view_top < top + margin;
    const bool near_bottom = top + height < app->css_height && view_bottom > top + height - margin;
    if (app->view_height > 0 && (near_top || near_bottom))
        top = std::clamp(std::round(app->view_top + app->view_height / 2 - height / 2), 0.0f,
                         app->css_height - height);
    app->band_top = top;
    app->band_height = std::max(1.0f, height);
}

// A band taller than the GPU allows (a desktop's two screens on a small GPU) is drawn at the
// highest ratio that fits, rather than scaled down blurred by the browser. Before the renderer
// knows the limit (the type and the layout come before the WebGL context), the screen's ratio.
void update_render_ratio() {
    const float limit =
        app->max_buffer_px > 0 ? float(app->max_buffer_px) : std::numeric_limits<float>::infinity();
    app->render_ratio = std::max(
        1.0f, std::min({app->pixel_ratio, limit / app->band_height, limit / app->css_width}));
}

int buffer_width() {
    return int(std::lround(app->css_width * app->render_ratio));
}
int buffer_height() {
    return int(std::lround(app->band_height * app->render_ratio));
}

void resize_canvas() {
    place_band();
    update_render_ratio();
    // A new drawing buffer starts blank.
    if (aicost_place_canvas(buffer_width(), buffer_height(), app->css_width, app->band_height,
                            app->band_top))
        renderer_invalidate();
}

const char* cursor_name(ImGuiMouseCursor cursor) {
    return cursor == ImGuiMouseCursor_Hand ? "pointer" : "default";
}

// The theme= setting wins; otherwise the reader's system decides.
const ui::Palette& palette() {
    const bool dark =
        app->state.theme == Theme::Dark || (app->state.theme == Theme::Auto && app->prefers_dark);
    return dark ? ui::dark_palette() : ui::light_palette();
}

// Builds one ImGui frame; returns what the view asked for. `render`: also make its draw data (a
// frame only laid out, to learn the content's height, needs none).
ui::ViewResult build_frame(bool render = true) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(app->css_width, app->css_height);
    io.DisplayFramebufferScale = ImVec2(app->render_ratio, app->render_ratio);
    const double now = emscripten_get_now();
    io.DeltaTime = app->last_frame_ms > 0
                       ? float(std::clamp((now - app->last_frame_ms) / 1000.0, 1e-4, 0.1))
                       : 1.0f / 60.0f;
    app->last_frame_ms = now;
    if (app->styled != &palette()) {
        app->styled = &palette();
        ui::apply_theme(*app->styled);
    }
    ImGui::NewFrame();
    ui::ViewContext context{
        app->catalog,    app->strings, app->fonts,    palette(),
        app->data_error, app->focused, app->band_top, app->band_top + app->band_height};
    ui::ViewResult result = ui::draw_widget(app->state, context);
    if (render)
        ImGui::Render();
    else
        ImGui::EndFrame();
    return result;
}

// The type at the ratio the canvas is drawn at, in ImGui's fonts. False when the page cannot
// draw it.
bool fonts_ready() {
    if (app->fonts_pixel_ratio == app->render_ratio) return true;
    if (!build_browser_fonts(app->characters.text, app->characters.figures, app->render_ratio,
                             app->fonts))
        return false;
    app->fonts_pixel_ratio = app->render_ratio;
    app->fonts_in_texture = false;
    return true;
}

// The type in the font texture, and the shaders linked: what a frame needs before it can be
// drawn. False when it cannot be: the page is told, and the document stands in, as without WebGL.
bool ready_to_draw() {
    if (!fonts_ready()) {
        app->has_gl = false; // no type to draw with
        notify_state();
        host("error", "no-fonts");
        return false;
    }
    if (!app->fonts_in_texture) {
        renderer_upload_fonts();
        app->fonts_in_texture = true;
    }
    if (!renderer_program_linked()) {
        app->has_gl = false;
        notify_state();
        host("error", "no-webgl");
        return false;
    }
    return true;
}

void draw_frame() {
    resize_canvas(); // a new width, ratio or view since the last frame
    if (!ready_to_draw()) return;
    app->input.feed(ImGui::GetIO());
    ui::ViewResult result = build_frame();
    // The widget is as tall as its content, which depends only on the width: when it grows or
    // shrinks, lay out again at the new height (and band) before drawing, so no frame shows
    // clipped content.
    for (int pass = 0; pass < 2 && std::fabs(result.content_height - app->css_height) >= 1.0f;
         ++pass) {
        app->css_height = std::max(1.0f, result.content_height);
        resize_canvas();
        result.merge(build_frame());
    }
    if (int(app->css_height) != app->height_sent) {
        app->height_sent = int(app->css_height);
        host("height", std::to_string(app->height_sent));
    }
    // What the canvas shows is the band of the display.
    ImDrawData* drawn = ImGui::GetDrawData();
    drawn->DisplayPos.y = app->band_top;
    drawn->DisplaySize.y = app->band_height;
    // ImGui settles over a frame or two after an event; what it settles to is often the frame
    // already shown, and that is not drawn (nor presented) again.
    if (renderer_draw(drawn, buffer_width(), buffer_height(), palette().paper)) {
        ++app->frames_drawn;
        aicost_present();
    }
    // The height changed the ratio the canvas can be drawn at: draw again with fonts to match.
    if (app->fonts_pixel_ratio != app->render_ratio) request_frames(1);

    if (ImGui::GetMouseCursor() != app->cursor) {
        app->cursor = ImGui::GetMouseCursor();
        host("cursor", cursor_name(app->cursor));
    }
    if (result.state_changed) {
        notify_state();
        request_frames(kFramesAfterEvent);
    }
    send_anchors(result.anchors);
    if (!result.edit_key.empty()) host("edit", result.edit_key);
    if (!result.open_url.empty()) host("open", result.open_url);
    // The state and the live document went out at start (widget_start, widget_send_document),
    // and every change since with its own call: the page is only told that the canvas is up.
    if (!app->ready) {
        app->ready = true;
        host("ready", "");
    }
}

EM_BOOL on_animation_frame(double, void*) {
    app->frame_scheduled = false;
    if (!app->has_gl || !app->canvas_shown) return EM_FALSE; // lost or hidden since it was asked
    draw_frame();
    if (app->frames_pending > 0) --app->frames_pending;
    if (app->frames_pending > 0 || !app->input.empty()) schedule_frame();
    return EM_FALSE;
}

// Reads the editors' data, strings.json first (scenarios.json's texts are checked against its
// languages), each in a call of its own at start-up. A mistake is kept as `data_error` and shown in
// the widget, by its JSON path, in place of the figures; errors name a path
// ("scenarios[0].lines[2]…") or a place ("scenarios.json:3:5: …"). It is written in `lang` as
// strings.json has it (else its first language): the language the state takes when the data has
// a mistake.
void load_strings(const char* strings_json) {
    StringsParse strings = parse_strings(strings_json);
    app->strings = std::move(strings.strings);
    app->strings_errors = std::move(strings.errors);
}

void load_scenarios(const char* scenarios_json, const char* strings_json, std::string_view lang) {
    CatalogParse catalog = parse_catalog(scenarios_json, app->strings.languages);
    app->catalog = std::move(catalog.catalog);
    auto in_file = [](const char* file, const std::string& error) {
        return error.rfind(file, 0) == 0 ? error : std::string(file) + ": " + error;
    };
    app->characters = type_characters(scenarios_json, strings_json, app->catalog, app->strings);
    app->fonts_pixel_ratio = 0.0f; // new texts may need new glyphs
    app->data_error.clear();
    if (!app->strings_errors.empty())
        app->data_error = in_file("strings.json", app->strings_errors.front());
    else if (!catalog.ok())
        app->data_error = in_file("scenarios.json", describe(catalog.problems.front(), app->strings,
                                                             lang_or_default(app->strings, lang)));
    for (const std::string& error : catalog.errors)
        std::fprintf(stderr, "%s\n", in_file("scenarios.json", error).c_str());
    for (const std::string& error : app->strings_errors)
        std::fprintf(stderr, "%s\n", in_file("strings.json", error).c_str());
}

void push_input(const InputEvent& event) {
    app->input.push(event);
    request_frames(kFramesAfterEvent);
}

} // namespace
} // namespace aicost::web

using namespace aicost;
using namespace aicost::web;

extern "C" {

// Starts the widget in steps (site/widget-engine.js lists them): in a worker, one after the other;
// on the page, where there is no worker, each in a task of its own so that none blocks the reader.
// The data, the state, the live document, a layout with the type (widget_glyph_request) that sizes
// the canvas, its WebGL context, the renderer, the type's upload, then the first frame.
//
// 1. The data, strings.json then scenarios.json, a call each: `strings_json` and `scenarios_json`
// are their texts, which the page loaded beside the module (editors change them on the server, so
// nothing of them is compiled in); `lang` the language a mistake in them is described in.
// `css_width`, `pixel_ratio` and `screen_height` the widget's width, the screen's pixel ratio and
// height; `prefers_dark` the reader's system theme.
EMSCRIPTEN_KEEPALIVE void widget_load_strings(const char* strings_json) {
    app = new App();
    load_strings(strings_json);
}

EMSCRIPTEN_KEEPALIVE void widget_load(const char* scenarios_json, const char* strings_json,
                                      const char* lang, float css_width, float pixel_ratio,
                                      float screen_height, int prefers_dark) {
    if (!app) return;
    app->prefers_dark = prefers_dark != 0;
    app->css_width = std::max(1.0f, css_width);
    app->pixel_ratio = std::clamp(pixel_ratio, 1.0f, 4.0f);
    app->screen_height = std::clamp(screen_height, 200.0f, 4000.0f);

    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing is stored: a widget in an article has no business there
    io.LogFilename = nullptr;
    // The keyboard works the document's real controls (widget-mirror.js), not the canvas: ImGui's
    // own navigation stays off, and the canvas draws the focus ring of the focused control.
    io.ConfigInputTextCursorBlink = false;
    update_render_ratio();

    load_scenarios(scenarios_json, strings_json, lang);
}

// 2. The state: `query` is the page's query string (the permalink), `lang` the page's fallback
// language, `site_url` the deployment's folder, where the pages permalinks name are. The state
// reaches the page at once, through its host ("state"): the reader's figures, before any canvas.
EMSCRIPTEN_KEEPALIVE void widget_start(const char* query, const char* lang, const char* site_url) {
    if (!app) return;
    app->site_url = site_url;
    // The page's language when strings.json has it, else its first.
    const Lang fallback = lang_or_default(app->strings, lang);
    app->state = !app->catalog.scenarios.empty() ? decode_permalink(query, app->catalog, fallback)
                                                 : default_state(app->catalog, fallback);
    // The live region speaks the link's notices once the widget is up, then every change.
    app->announced = app->state;
    app->announced.warnings.clear();
    host("state", current_state_json());
}

// 2b. The live document ("document"), in the page's next task: with the state, one task was longer
// than a phone's frame (widget.js).
EMSCRIPTEN_KEEPALIVE void widget_send_document() {
    if (app) send_document();
}

// What the first frame will ask the page to draw as type (browser_fonts.h): the engine
// (widget-engine.js) draws it beforehand and hands it over at once when the module asks for this
// very text.
EMSCRIPTEN_KEEPALIVE const char* widget_glyph_request() {
    if (!app) return "";
    app->text_reply =
        glyph_request(app->characters.text, app->characters.figures, app->render_ratio);
    return app->text_reply.c_str();
}

// 3. A frame laid out with that type, not drawn: the content's height, and so the canvas' band and
// drawing buffer, sized before there is a WebGL context: the context then makes its buffer once,
// at that size, where a resize would make a second one while the reader waits (and the code of
// a frame is ready when the first one runs).
EMSCRIPTEN_KEEPALIVE void widget_lay_out() {
    if (!app || !fonts_ready()) return; // the type upload reports it
    app->css_height = std::max(1.0f, build_frame(false).content_height);
    resize_canvas();
}

// 4. The canvas' WebGL context, in a step of its own (the GPU process takes its time), then the
// renderer on it. Each returns whether the canvas can be drawn; when not, the page is told
// ("error") and the document stays.
EMSCRIPTEN_KEEPALIVE int widget_make_context() {
    if (!app) return 0;
    app->has_gl = renderer_make_context();
    if (!app->has_gl) host("error", "no-webgl"); // the model still answers: the figures as text
    return app->has_gl ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int widget_start_canvas() {
    if (!app || !app->has_gl) return 0;
    renderer_init();
    app->max_buffer_px = renderer_max_size();
    update_render_ratio();
    return 1;
}

// 5. The type into the font texture, once the shaders are linked. Returns whether a frame can be
// drawn.
EMSCRIPTEN_KEEPALIVE int widget_upload_type() {
    if (!app || !app->has_gl) return 0;
    update_render_ratio();
    return ready_to_draw() ? 1 : 0;
}

// 6. The first frame, now rather than at the next animation frame: the canvas takes over from
// the document in the same task ("ready"), so no frame shows neither. The settling frames follow
// as usual.
EMSCRIPTEN_KEEPALIVE void widget_first_frame() {
    if (!app || !app->has_gl) return;
    draw_frame();
    request_frames(kFramesAfterEvent);
}

EMSCRIPTEN_KEEPALIVE void widget_resize(float css_width, float pixel_ratio, float screen_height) {
    if (!app) return;
    app->screen_height = std::clamp(screen_height, 200.0f, 4000.0f);
    const bool was_narrow = narrow_widget(app->css_width);
    app->css_width = std::max(1.0f, css_width);
    if (narrow_widget(app->css_width) != was_narrow) send_document(); // the picker (un)folds
    app->pixel_ratio = std::clamp(pixel_ratio, 1.0f, 4.0f);
    // Drawn now, before the browser paints the new size: no frame of a stretched or blank canvas.
    if (app->has_gl && app->canvas_shown && app->ready) draw_frame();
    request_frames(kFramesAfterEvent);
}

// The part of the widget on the reader's screen, in CSS pixels from its top (the page watches it:
// widget.js). The canvas follows when it nears the edge of the band it covers.
EMSCRIPTEN_KEEPALIVE void widget_view(float top, float height) {
    if (!app || (top == app->view_top && height == app->view_height)) return;
    app->view_top = top;
    app->view_height = std::max(0.0f, height);
    // The band moves in a frame, with the picture it shows: never a frame of the old picture in
    // the new place.
    if (app->ready && app->band_height < app->css_height) request_frames(1);
}

// kind: 0 move, 1 press, 2 release, 3 leave. Coordinates in CSS pixels from the canvas' corner.
EMSCRIPTEN_KEEPALIVE void widget_pointer(int kind, float x, float y, int button) {
    if (!app) return;
    y += app->band_top; // the canvas covers the band: the view lays out the whole content
    if (kind == 3) {
        push_input({InputEvent::Kind::Leave});
        return;
    }
    push_input({InputEvent::Kind::Move, x, y});
    if (kind == 1 || kind == 2) push_input({InputEvent::Kind::Button, x, y, button, kind == 1});
}

// setState(partial): applies what it can, reports the rest in `warnings`, returns the new state.
EMSCRIPTEN_KEEPALIVE const char* widget_set_state(const char* json) {
    if (!app) return "null";
    if (app->data_error.empty()) apply_state_json(app->state, app->catalog, json);
    notify_state();
    request_frames(kFramesAfterEvent);
    return app->reply.c_str();
}

// A control of the document operated: a button, a range moved (its value), a typed exact value
// (in display units). The same action as the canvas' control with that key.
EMSCRIPTEN_KEEPALIVE void widget_act(const char* key, double value) {
    if (!app || !app->data_error.empty()) return;
    if (!apply_action(app->state, app->catalog, key, value)) return;
    notify_state();
    request_frames(kFramesAfterEvent);
}

// The control whose HTML twin has the keyboard focus ("" when none): the canvas rings it.
EMSCRIPTEN_KEEPALIVE void widget_focus_control(const char* key) {
    if (!app || app->focused == key) return;
    app->focused = key;
    request_frames(1);
}

// The sentence the live region says now: what changed since it last spoke (empty: nothing).
EMSCRIPTEN_KEEPALIVE const char* widget_announce() {
    if (!app) return "";
    app->announce_reply =
        change_announcement(app->announced, app->state, app->catalog, app->strings);
    app->announced = app->state;
    return app->announce_reply.c_str();
}

// Forced colours (or a page that prefers the document) hide the canvas: no frames are drawn
// while it is hidden, and it is drawn afresh when shown again.
EMSCRIPTEN_KEEPALIVE void widget_show_canvas(int shown) {
    if (!app) return;
    app->canvas_shown = shown != 0;
    if (!app->canvas_shown) send_document(); // it may not have followed a first frame yet
    request_frames(kFramesAfterEvent);
}

// The canvas lost its WebGL context (0) or got it back (1). Nothing is drawn while it is lost.
// A restored context has none of the old GL objects: the renderer and the font texture are made
// again, then the page is told ("gl") and the canvas draws the current state.
EMSCRIPTEN_KEEPALIVE void widget_set_gl(int alive) {
    if (!app) return;
    if (!alive) {
        app->has_gl = false;
        return;
    }
    app->has_gl = renderer_restore();
    if (!app->has_gl) {
        host("error", "no-webgl");
        return;
    }
    app->fonts_pixel_ratio = 0.0f; // the font texture is rebuilt with the next frame
    host("gl", "");
    request_frames(kFramesAfterEvent);
}

// The reader's system switched between light and dark.
EMSCRIPTEN_KEEPALIVE void widget_set_prefers_dark(int prefers_dark) {
    if (!app) return;
    app->prefers_dark = prefers_dark != 0;
    request_frames(kFramesAfterEvent);
}

// The editor page's check, as the widget and `ai-cost check` read the data (one validator), in
// the editor's language `lang` (strings.json's "check.*"):
// [{ "file": "scenarios.json", "error": "scenarios[0].lines[2]…: nombre attendu" }, …].
// Needs no running widget.
EMSCRIPTEN_KEEPALIVE const char* widget_check(const char* scenarios_json, const char* strings_json,
                                              const char* lang) {
    static std::string reply;
    nlohmann::ordered_json errors = nlohmann::ordered_json::array();
    const StringsParse strings = parse_strings(strings_json);
    for (const std::string& error : strings.errors)
        errors.push_back({{"file", "strings.json"}, {"error", error}});
    const Lang& in = lang_or_default(strings.strings, lang);
    // As the widget reads it: every text in every language of strings.json.
    for (const DataError& problem :
         parse_catalog(scenarios_json, strings.strings.languages).problems)
        errors.push_back(
            {{"file", "scenarios.json"}, {"error", describe(problem, strings.strings, in)}});
    reply = errors.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return reply.c_str();
}

// The editor page's download: the pages for readers without JavaScript, written again from the
// edited data (static_pages.h), as [[name, html], …]; [] when the data has a mistake.
EMSCRIPTEN_KEEPALIVE const char* widget_pages(const char* page_template, const char* public_url,
                                              const char* scenarios_json,
                                              const char* strings_json) {
    static std::string reply;
    const StringsParse strings = parse_strings(strings_json);
    const CatalogParse catalog = parse_catalog(scenarios_json, strings.strings.languages);
    nlohmann::ordered_json pages = nlohmann::ordered_json::array();
    if (strings.ok() && catalog.ok())
        for (StaticPage& page :
             static_pages(page_template, public_url, catalog.catalog, strings.strings))
            pages.push_back({std::move(page.name), std::move(page.html)});
    reply = pages.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return reply.c_str();
}

// The editor page's preview: new data while the widget runs. The reader's scenario and language
// stay when the new data still has them.
EMSCRIPTEN_KEEPALIVE void widget_set_data(const char* scenarios_json, const char* strings_json) {
    if (!app) return;
    const std::string scenario = app->state.scenario.id;
    const std::string lang = app->state.lang.code;
    load_strings(strings_json);
    load_scenarios(scenarios_json, strings_json, lang);
    app->state = default_state(app->catalog, lang_or_default(app->strings, lang));
    if (app->data_error.empty()) select_scenario(app->state, app->catalog, scenario);
    app->announced = app->state;
    notify_state();
    request_frames(kFramesAfterEvent);
}

// A text of the interface in the current language, for the page around the canvas.
EMSCRIPTEN_KEEPALIVE const char* widget_text(const char* key) {
    if (!app) return "";
    // Its own buffer: a 'change' listener may ask for a text while setState's reply is in use.
    app->text_reply = text(app->strings, app->state.lang, key);
    return app->text_reply.c_str();
}

// Every interface text in the current language, as one JSON object { key: text }: a page whose
// module runs in a worker answers widget.text(key) from it at once.
EMSCRIPTEN_KEEPALIVE const char* widget_texts() {
    if (!app) return "{}";
    nlohmann::ordered_json texts = nlohmann::ordered_json::object();
    for (const auto& entry : app->strings.texts)
        texts[entry.first] = text(app->strings, app->state.lang, entry.first);
    app->text_reply = texts.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return app->text_reply.c_str();
}

// Frames drawn on the canvas: one identical to the frame shown is not drawn, and not counted.
EMSCRIPTEN_KEEPALIVE unsigned widget_frames_drawn() {
    return app ? app->frames_drawn : 0;
}

} // extern "C"

int main() {
    return 0;
}
