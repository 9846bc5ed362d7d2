// widget-embed.js — inside an iframe, tells the host page how tall the widget is, in every
// format hosts already understand, so no newsroom has to write glue:
//   pym.js     "pymxPYMx<childId>xPYMxheightxPYMx<px>" when the URL carries childId; pym's
//              "width" messages are answered with the height
//   AMP        { sentinel: "amp", type: "embed-size", height } (amp-iframe with `resizable`)
//   Embedly    JSON text { src, context: "iframe.resize", height }
//   WordPress  { message: "height", value, secret } when the URL ends in #?secret=…
//   embed.js   { source: "ai-cost-widget", type: "height", height } and, for the article
//              permalink, { source: "ai-cost-widget", type: "state", query }
// The height is the document's, never the window's: the widget is as tall as its content, so
// resizing the iframe cannot feed back into the height.
(function () {
  'use strict';
  if (window.parent === window) return;

  var params = new URLSearchParams(location.search);
  var childId = params.get('childId');
  var secret = (location.hash.match(/^#\?secret=([A-Za-z0-9]+)$/) || [])[1] || null;
  var last = 0;

  function height() {
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  }

  function post(message) {
    try { window.parent.postMessage(message, '*'); } catch (e) { /* a detached parent */ }
  }

  function send(force) {
    var h = height();
    if (h <= 0 || (!force && h === last)) return;
    last = h;
    post({ source: 'ai-cost-widget', type: 'height', height: h });
    if (childId) post('pymxPYMx' + childId + 'xPYMxheightxPYMx' + h);
    post({ sentinel: 'amp', type: 'embed-size', height: h });
    post(JSON.stringify({ src: location.href, context: 'iframe.resize', height: h }));
    if (secret) post({ message: 'height', value: h, secret: secret });
  }

  // Every change of the document's size (canvas relayout, share panel, text fallback).
  new ResizeObserver(function () { send(false); }).observe(document.documentElement);

  // pym's parent sends its width on load and on resize; it expects a height in return.
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || typeof event.data !== 'string' || !childId) return;
    if (event.data.indexOf('pymxPYMx' + childId + 'xPYMxwidthxPYMx') === 0) send(true);
  });

  // A host that starts listening late (lazy scripts, a CMS preview) still gets the height: resend
  // every few seconds at first, then rarely. One message costs nothing next to a frame.
  var resends = 0;
  (function resend() {
    setTimeout(function () { send(true); resend(); }, ++resends < 12 ? 5000 : 30000);
  })();

  // The article permalink: embed.js may write the reader's scenario into the host's URL.
  var stateTimer = 0;
  function postState(state) {
    post({ source: 'ai-cost-widget', type: 'state', query: state.permalink.split('?')[1] || '' });
  }
  function watchState() {
    if (!window.widget) return;
    // The module may have started before this script ran (a cached wasm wins the race with the
    // scripts still loading): the state at readiness is sent in any case, changes after it.
    window.widget.ready.then(postState, function () {});
    window.widget.addEventListener('change', function (e) {
      clearTimeout(stateTimer);
      stateTimer = setTimeout(function () { postState(e.detail); }, 300);
    });
  }
  if (window.widget) watchState(); else document.addEventListener('DOMContentLoaded', watchState);
  send(true);
})();
