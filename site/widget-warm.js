// widget-warm.js — a worker that runs the widget's model once, off the main thread, so that the
// page's own start-up finds its code compiled. The browser compiles a WebAssembly function the
// first time it is called (about a fifth of start-up on a phone), and a module sent to a worker
// shares its compiled code with the page's instance. widget.js posts
//   { module: WebAssembly.Module, scenarios, strings: the data's texts, query, lang }
// and gets back 'warm' once the data, the state and the live document have been computed here
// (or 'failed'); it then ends this worker. Nothing computed here is used: only the compiled code.
/* global createWidgetModule */
importScripts('ai-cost.js');

onmessage = function (event) {
  var asked = event.data;
  createWidgetModule({
    widgetHost: function () {}, // no page to tell
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
    m._widget_load(text(asked.scenarios), strings, lang, 390, 1, 800, 0);
    m._widget_start(text(asked.query), lang, text(''));
    postMessage('warm');
  }).catch(function () { postMessage('failed'); });
};
