// widget-glyphs.js — draws the canvas's type for the module: every character it asks for, in
// each of its faces, in the document's own font (widget.css), packed into one coverage atlas.
// The browser's rasteriser draws them, so the module carries no font files and the canvas reads
// like the document beside it, in whatever script the data is written in.
//   window.aiCostGlyphs(request)  request: JSON text { ratio, faces: [{ px, weight, text }] },
//     px the face's line height in CSS pixels. Returns { width, height, faces, metrics, canvas }
//     (canvas: the atlas, white glyphs on transparent black, which the module uploads to its
//     texture as it is: no read back, no copy through its memory; see wasm/web/browser_fonts.cpp
//     for the layout of metrics), or null without a 2D canvas.
//   window.aiCostGlyphs.prepare(request)  the same work, ahead and in steps (widget.js runs one
//     per task at start-up, so that drawing the type never blocks the reader): a job whose next()
//     runs one step; the module's call for the same request then takes the result at once.
//   self.aiCostGlyphs.draw(request, family)  in a worker (widget-worker.js): the atlas drawn at once
//     in `family` on an OffscreenCanvas, with its coverage (a Uint8Array, a byte a pixel) in place
//     of its canvas, or null where a worker cannot draw.
(function (global) {
  'use strict';

  var PAD = 1; // clear pixels around each glyph, so linear filtering never bleeds a neighbour

  // The work for one request, cut into steps short enough to run one per task: setting up, then
  // measuring each face, packing, drawing each face, and writing the metrics. next() runs one step
  // and says whether more remain; result is null when there is no 2D canvas.
  function job(requestText, familyName) {
    var request = JSON.parse(requestText);
    var canvas, context, family, faces = [], all = [], width = 256, height = 1, extents = {};
    var out = { result: null };

    // Measure: each face's em is chosen so that its ascent and descent fill the line height, as
    // ImGui's fonts do. Each character is measured once per weight, at 100 px, and its box scaled
    // to each size (a pixel wider all round, for rounding): a third of the measuring.
    function extent(weight, ch) {
      var key = weight + ch;
      if (!extents[key]) {
        context.font = weight + ' 100px ' + family;
        var g = context.measureText(ch);
        extents[key] = { left: g.actualBoundingBoxLeft, right: g.actualBoundingBoxRight,
                         up: g.actualBoundingBoxAscent, down: g.actualBoundingBoxDescent, width: g.width,
                         inked: /\S/.test(ch) && g.actualBoundingBoxLeft + g.actualBoundingBoxRight > 0 &&
                                g.actualBoundingBoxAscent + g.actualBoundingBoxDescent > 0 };
      }
      return extents[key];
    }
    function measure(face) {
      context.font = face.weight + ' 100px ' + family;
      var m = context.measureText('Hg');
      var ascent = m.fontBoundingBoxAscent || 92, descent = m.fontBoundingBoxDescent || 24;
      var em = face.px * request.ratio * 100 / (ascent + descent), scale = em / 100;
      var glyphs = [];
      for (var ch of face.text) {
        var e = extent(face.weight, ch);
        var left = Math.ceil(e.left * scale) + 1, right = Math.ceil(e.right * scale) + 1;
        var up = Math.ceil(e.up * scale) + 1, down = Math.ceil(e.down * scale) + 1;
        glyphs.push({
          ch: ch, advance: Math.round(e.width * scale), left: left, up: up,
          w: e.inked ? left + right + 2 * PAD : 0, h: e.inked ? up + down + 2 * PAD : 0,
        });
      }
      return { font: face.weight + ' ' + em + 'px ' + family, ascent: Math.round(ascent * scale),
               descent: -Math.round(descent * scale), glyphs: glyphs };
    }

    // Pack on shelves, tallest first, in the narrowest power-of-two width that keeps it squarish.
    function pack() {
      var area = 9;
      faces.forEach(function (face) { face.glyphs.forEach(function (g) { if (g.w) { all.push(g); area += g.w * g.h; } }); });
      while (width < 4096 && width * width < area * 1.3) width *= 2;
      all.sort(function (a, b) { return b.h - a.h; });
      var x = 3, y = 0, shelf = 3; // the white block takes the corner
      all.forEach(function (g) {
        if (x + g.w > width) { x = 0; y += shelf; shelf = 0; }
        g.x = x; g.y = y;
        x += g.w;
        shelf = Math.max(shelf, g.h);
      });
      while (height < y + shelf) height *= 2;
      canvas.width = width;
      canvas.height = height;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, 3, 3);
      context.textBaseline = 'alphabetic';
    }

    function draw(face) {
      context.font = face.font;
      face.glyphs.forEach(function (g) { if (g.w) context.fillText(g.ch, g.x + PAD + g.left, g.y + PAD + g.up); });
    }

    function finish() {
      var metrics = [];
      faces.forEach(function (face) {
        metrics.push(face.ascent, face.descent, face.glyphs.length);
        face.glyphs.forEach(function (g) {
          // The box's corner from the pen: left of it by the ink's overhang, and down from the
          // line's top by the ascent less the ink's height above the baseline.
          metrics.push(g.ch.codePointAt(0), g.advance, g.x || 0, g.y || 0, g.w, g.h,
                       -(g.left + PAD), face.ascent - g.up - PAD);
        });
      });
      out.result = { width: width, height: height, faces: faces.length, metrics: new Float32Array(metrics), canvas: canvas };
    }

    var steps = [function () {
      var page = typeof document !== 'undefined';
      if (!page && typeof OffscreenCanvas !== 'function') return false;
      canvas = page ? document.createElement('canvas') : new OffscreenCanvas(1, 1);
      // In memory, not on the GPU: the upload to the widget's WebGL texture is then a plain copy
      // (a GPU canvas took about 50 ms longer to hand over to the other context).
      context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return false;
      family = familyName || getComputedStyle(document.getElementById('widget-canvas') || document.body).fontFamily;
    }];
    request.faces.forEach(function (face, i) { steps.push(function () { faces[i] = measure(face); }); });
    steps.push(pack);
    request.faces.forEach(function (face, i) { steps.push(function () { draw(faces[i]); }); });
    steps.push(finish);
    out.next = function () {
      if (steps.length && steps.shift()() === false) steps = [];
      return steps.length > 0;
    };
    return out;
  }

  // The type for a request, drawn now, or handed over at once when prepare() has drawn it ahead.
  var prepared = null;
  global.aiCostGlyphs = function (requestText) {
    var work = prepared && prepared.text === requestText ? prepared.job : job(requestText);
    prepared = null;
    while (work.next()) { /* the rest, now */ }
    return work.result;
  };
  // Starts drawing a request ahead: the caller runs next() once per task until it says false.
  global.aiCostGlyphs.prepare = function (requestText) {
    prepared = { text: requestText, job: job(requestText) };
    return prepared.job;
  };
  global.aiCostGlyphs.draw = function (requestText, familyName) {
    var work = job(requestText, familyName), atlas;
    while (work.next()) { /* all of it: a worker blocks no reader */ }
    if (!(atlas = work.result)) return null;
    // The coverage alone, a byte a pixel, which the module uploads as it is. (Read back
    // unpremultiplied: the white glyphs' coverage is their alpha.)
    var rgba = atlas.canvas.getContext('2d').getImageData(0, 0, atlas.width, atlas.height).data;
    var coverage = new Uint8Array(atlas.width * atlas.height);
    for (var i = 0; i < coverage.length; ++i) coverage[i] = rgba[4 * i + 3];
    atlas.canvas = null;
    atlas.coverage = coverage;
    return atlas;
  };
})(self);
