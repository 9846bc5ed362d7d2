// The doors from C++ to the page: every message goes to the host object that widget.js passes
// to the module as `widgetHost`, as (kind, payload text), and the type is drawn by `widgetGlyphs`
// (widget-glyphs.js). The browser-facing code stays in site/, where it can be read in one place.
// Properties of objects from the page are quoted: Closure renames the others.
mergeInto(LibraryManager.library, {
  aicost_host_call: function (kind, payload) {
    var host = Module['widgetHost'];
    if (host) host(UTF8ToString(kind), UTF8ToString(payload));
  },

  // Sizes the canvas' drawing buffer, each side only when it changes: every assignment, even of the
  // same value, makes a new buffer (a synchronous wait on the GPU process). Returns whether it did.
  aicost_size_canvas: function (width, height) {
    var canvas = document.getElementById('widget-canvas');
    if (!canvas || (canvas.width === width && canvas.height === height)) return 0;
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    return 1;
  },

  // Copies the page's glyph atlas into one block the module frees (browser_fonts.cpp reads it).
  aicost_render_glyphs__deps: ['malloc'],
  aicost_render_glyphs: function (request) {
    var draw = Module['widgetGlyphs'];
    var atlas = draw ? draw(UTF8ToString(request)) : null;
    if (!atlas) return 0;
    var metrics = atlas['metrics'], pixels = atlas['pixels'];
    var block = _malloc(12 + metrics.length * 4 + pixels.length);
    if (!block) return 0;
    HEAP32[block >> 2] = atlas['width'];
    HEAP32[(block >> 2) + 1] = atlas['height'];
    HEAP32[(block >> 2) + 2] = atlas['faces'];
    HEAPF32.set(metrics, (block >> 2) + 3);
    HEAPU8.set(pixels, block + 12 + metrics.length * 4);
    return block;
  },
});
