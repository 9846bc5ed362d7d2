// The doors from C++ to the page: every message goes to the host object that widget.js passes
// to the module as `widgetHost`, as (kind, payload text), and the type is drawn by `widgetGlyphs`
// (widget-glyphs.js). The browser-facing code stays in site/, where it can be read in one place.
// Properties of objects from the page are quoted: Closure renames the others.
mergeInto(LibraryManager.library, {
  aicost_host_call: function (kind, payload) {
    var host = Module['widgetHost'];
    if (host) host(UTF8ToString(kind), UTF8ToString(payload));
  },

  // Sizes the canvas' drawing buffer (device px) and places it over the band of the widget it
  // shows (CSS px): the engine's `widgetPlace` (widget-engine.js), which returns whether the
  // buffer is a new one.
  aicost_place_canvas: function (bufferWidth, bufferHeight, width, height, top) {
    return Module['widgetPlace'](bufferWidth, bufferHeight, width, height, top) ? 1 : 0;
  },

  // A frame was drawn: a worker's canvas hands it to the page (`widgetPresent`); the page's own
  // canvas shows it by itself.
  aicost_present: function () {
    var present = Module['widgetPresent'];
    if (present) present();
  },

  // The WebGL 2 context of `widgetCanvas` (the page's canvas, or a worker's OffscreenCanvas), made
  // current. Its attributes are written here alone: opaque (it composites faster), no
  // antialiasing (ImGui smooths its own shapes), no depth or stencil, the low-power GPU, and no
  // extension enabled behind the renderer's back (each costs a round trip to the GPU process).
  aicost_make_context__deps: ['$GL'],
  aicost_make_context: function () {
    var canvas = Module['widgetCanvas'];
    var handle = canvas ? GL.createContext(canvas, {
      'alpha': false, 'antialias': false, 'depth': false, 'stencil': false,
      'powerPreference': 'low-power', majorVersion: 2, minorVersion: 0, enableExtensionsByDefault: false,
    }) : 0;
    if (!handle) return 0;
    GL.makeContextCurrent(handle);
    return 1;
  },

  // WebGL's answer to a query for one integer (the element `index` of an array answer): what
  // the renderer asks of the GPU, without Emscripten's general glGetIntegerv and glGetProgramiv,
  // which carry every GLES query there is.
  aicost_gl_integer: function (name, index) {
    var value = GLctx.getParameter(name);
    return (value && typeof value === 'object' ? value[index] : value) | 0;
  },
  aicost_program_linked__deps: ['$GL'],
  aicost_program_linked: function (program) {
    return GLctx.getProgramParameter(GL.programs[program], 0x8B82 /* LINK_STATUS */) ? 1 : 0;
  },
  // The program's one uniform, vec4 transform, set on the program in use (kept here: Emscripten's
  // glGetUniformLocation and glUniform4f carry tables for uniform arrays the renderer has none of).
  aicost_set_transform__deps: ['$GL', '$transformAt'],
  aicost_set_transform: function (program, x, y, z, w) {
    if (!transformAt || transformAt.program !== GL.programs[program])
      transformAt = { program: GL.programs[program],
                      location: GLctx.getUniformLocation(GL.programs[program], 'transform') };
    GLctx.uniform4f(transformAt.location, x, y, z, w);
  },
  $transformAt: null,

  // The page's glyph atlas (widget-glyphs.js): its metrics in one block the module frees
  // (browser_fonts.cpp reads it); the atlas is kept for aicost_upload_glyphs.
  aicost_render_glyphs__deps: ['malloc', '$glyphAtlas'],
  aicost_render_glyphs: function (request) {
    var draw = Module['widgetGlyphs'];
    var atlas = draw ? draw(UTF8ToString(request)) : null;
    if (!atlas) return 0;
    var metrics = atlas['metrics'];
    var block = _malloc(12 + metrics.length * 4);
    if (!block) return 0;
    HEAP32[block >> 2] = atlas['width'];
    HEAP32[(block >> 2) + 1] = atlas['height'];
    HEAP32[(block >> 2) + 2] = atlas['faces'];
    HEAPF32.set(metrics, (block >> 2) + 3);
    glyphAtlas = atlas;
    return block;
  },
  $glyphAtlas: null,

  // Uploads the atlas last drawn into the bound texture, as single-channel coverage: its bytes
  // when a worker drew it, else its canvas, which holds white premultiplied by coverage,
  // so its red is the coverage once the upload keeps the premultiplication. Either way the
  // browser copies to the texture without going through the module.
  aicost_upload_glyphs__deps: ['$glyphAtlas'],
  aicost_upload_glyphs: function () {
    var atlas = glyphAtlas;
    if (!atlas) return 0;
    var TEXTURE_2D = 0xDE1, R8 = 0x8229, RED = 0x1903, UNSIGNED_BYTE = 0x1401;
    if (atlas['coverage']) {
      GLctx.pixelStorei(0xCF5 /* UNPACK_ALIGNMENT */, 1);
      GLctx.texImage2D(TEXTURE_2D, 0, R8, atlas['width'], atlas['height'], 0, RED, UNSIGNED_BYTE, atlas['coverage']);
      GLctx.pixelStorei(0xCF5, 4);
    } else {
      GLctx.pixelStorei(0x9241 /* UNPACK_PREMULTIPLY_ALPHA_WEBGL */, true);
      GLctx.texImage2D(TEXTURE_2D, 0, R8, RED, UNSIGNED_BYTE, atlas['canvas']);
      GLctx.pixelStorei(0x9241, false);
    }
    glyphAtlas = null; // drawn again for a new ratio or a restored context
    return 1;
  },
});
