// widget-warm.js — a worker that runs the widget's model once, off the main thread, so that the
// page's own start-up finds its code compiled. The browser compiles a WebAssembly function the
// first time it is called (about a fifth of start-up on a phone), and a module sent to a worker
// shares its compiled code with the page's instance. It then draws the page's type, which would
// take the page's main thread a quarter of a second on a phone. widget.js posts
//   { module: WebAssembly.Module, scenarios, strings: the data's texts, query, lang, width, ratio,
//     screen: the page's, family: the canvas' font }
// and gets back 'warm' once the data, the state and the live document have been computed here
// and a frame laid out (or 'failed'), then { type: the glyph request, atlas } (widget-glyphs.js;
// atlas null where a worker cannot draw), and ends this worker. Of what is computed here, only
// the compiled code and the type are used.
// The build ships this file with widget-glyphs.js before it, as one script.
/* global createWidgetModule */
importScripts('ai-cost.js');

// The type's metrics, made up (a box half an em wide for every character, nothing drawn): enough
// for a frame to be laid out as the page's will be (wasm/web/browser_fonts.cpp reads them).
function standInGlyphs(requestText) {
  var request = JSON.parse(requestText), metrics = [];
  request.faces.forEach(function (face) {
    var px = face.px * request.ratio, chars = Array.from(face.text);
    metrics.push(Math.round(px * 0.8), -Math.round(px * 0.2), chars.length);
    chars.forEach(function (ch) { metrics.push(ch.codePointAt(0), px / 2, 0, 0, 1, 1, 0, 0); });
  });
  return { width: 1, height: 1, faces: request.faces.length, metrics: new Float32Array(metrics), canvas: null };
}

onmessage = function (event) {
  var asked = event.data;
  createWidgetModule({
    widgetHost: function () {}, // no page to tell
    widgetGlyphs: standInGlyphs,
    instantiateWasm: function (imports, receive) {
      WebAssembly.instantiate(asked.module, imports).then(function (instance) { receive(instance, asked.module); });
      return {};
    },
  }).then(function (m) {
    var encoder = new TextEncoder();
    // A UTF-8 copy in the module's memory (never freed: the worker ends).
    function text(s) {
      var size = s.length * 3 + 1, at = m._malloc(size);
      m.HEAPU8[at + encoder.encodeInto(s, m.HEAPU8.subarray(at, at + size - 1)).written] = 0;
      return at;
    }
    var lang = text(asked.lang), strings = text(asked.strings);
    m._widget_load_strings(strings);
    m._widget_load(text(asked.scenarios), strings, lang, asked.width, asked.ratio, asked.screen, 0);
    m._widget_start(text(asked.query), lang, text(''));
    m._widget_send_document();
    m._widget_warm_frame();
    postMessage('warm');
    // The type the page's first frame asks for: the same request, from the same data and ratio.
    var request = m.UTF8ToString(m._widget_glyph_request());
    var atlas = self.aiCostGlyphs.draw(request, asked.family);
    postMessage({ type: request, atlas: atlas }, atlas ? [atlas.coverage.buffer, atlas.metrics.buffer] : []);
  }).catch(function () { postMessage('failed'); });
};
