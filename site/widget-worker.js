// widget-worker.js — the widget's module, off the page's main thread: its model, its layout, its
// WebGL context (which the GPU process takes a long time to make on a phone) and its frames, so
// that the reader's scrolling and taps never wait behind them, and an article's Lighthouse run
// sees none of it. It draws on an OffscreenCanvas and hands each frame to the page as an
// ImageBitmap, with where it goes: the page shows the picture and moves the canvas in one step, so
// a scrolled band never shows a frame of the old picture in its new place.
// The build ships it with widget-glyphs.js and widget-engine.js before it, as one script.
// widget.js posts { kind: 'start', module: the compiled WebAssembly.Module, family: the canvas'
// font, and the start-up's settings (widget-engine.js) }, then the messages of widget-engine.js's
// table as { kind, args, id } (an id asks for a { kind: 'reply', id, payload }). Back come the
// module's messages as { kind, payload }, and:
//   { kind: 'frame', bitmap, place: [bufferWidth, bufferHeight, cssWidth, cssHeight, cssTop], frames }
//   { kind: 'texts', payload: the interface texts (JSON) }, before a state in a new language
//   { kind: 'trap', payload: message }: the module stopped for good (widget.js stops the widget)
/* global createWidgetModule */
importScripts('ai-cost.js');

var engine = null;
var canvas = null;
var placed = null; // where the buffer goes on the page: the frame takes it along
var presented = 0;
var textsLang = null;
var early = []; // the page's messages before the module had its data

function trap(error) {
  postMessage({ kind: 'trap', payload: String((error && error.message) || error) });
  engine = null;
  close();
}
// A trap inside a frame the module drew on its own (requestAnimationFrame) reaches no handler.
self.onerror = function (message, source, line, column, error) {
  trap(error || message);
  return true;
};

// The module's messages, as they are; a state in a new language brings that language's texts
// first, so that widget.text() answers at once on the page.
function host(kind, payload) {
  if (kind === 'state' && engine) {
    var lang = JSON.parse(payload).lang;
    if (lang !== textsLang) {
      textsLang = lang;
      postMessage({ kind: 'texts', payload: engine.call('texts') });
    }
  }
  postMessage({ kind: kind, payload: payload });
}

function place(bufferWidth, bufferHeight, width, height, top) {
  placed = [bufferWidth, bufferHeight, width, height, top];
  if (canvas.width === bufferWidth && canvas.height === bufferHeight) return false;
  canvas.width = bufferWidth;
  canvas.height = bufferHeight;
  return true;
}

function present() {
  var bitmap = canvas.transferToImageBitmap();
  postMessage({ kind: 'frame', bitmap: bitmap, place: placed, frames: ++presented }, [bitmap]);
}

// The start-up's steps, each in a task of its own: the page's messages (the part on screen, a
// resize) are taken between them, as they would be on the page.
function run(steps) {
  if (!steps.length || !engine) return;
  var step = steps.shift();
  try {
    var result = self.aiCostEngine.timed(step[0], function () {
      var done = step[1]();
      while (done && done.next && done.next()) { /* all of it: a worker blocks no reader */ }
      return done;
    });
    if (result === false) return;
  } catch (error) { trap(error); return; }
  if (early) { // the data is in: the module answers from now on
    var waiting = early;
    early = null;
    waiting.forEach(answer);
  }
  setTimeout(function () { run(steps); }, 0);
}

function start(asked) {
  canvas = new OffscreenCanvas(1, 1);
  self.aiCostEngine.start({
    canvas: canvas, host: host, place: place, present: present,
    glyphs: function (request) { return self.aiCostGlyphs.draw(request, asked.family); },
    instantiateWasm: function (imports, receive) {
      WebAssembly.instantiate(asked.module, imports).then(function (instance) { receive(instance, asked.module); }, trap);
      return {};
    },
    onAbort: function (what) { trap('abort: ' + what); },
  }).then(function (started) {
    engine = started;
    run(engine.steps(asked));
  }, trap);
}

function answer(message) {
  if (!engine) return;
  try {
    var reply = engine.call(message.kind, message.args);
    if (message.id) postMessage({ kind: 'reply', id: message.id, payload: reply });
  } catch (error) { trap(error); }
}

onmessage = function (event) {
  var message = event.data;
  if (message.kind === 'start') start(message);
  else if (early) early.push(message);
  else answer(message);
};
