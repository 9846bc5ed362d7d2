// Sizes each embedded widget iframe to the height the widget reports, so it never scrolls or
// leaves a gap. Accepts the message only from the iframe it sizes.
window.addEventListener('message', function (event) {
  var data = event.data;
  if (!data || data.source !== 'ai-cost-widget' || data.type !== 'height') return;
  var height = Number(data.height);
  if (!isFinite(height) || height <= 0 || height > 20000) return;
  document.querySelectorAll('iframe').forEach(function (frame) {
    if (frame.contentWindow === event.source) frame.style.height = Math.ceil(height) + 'px';
  });
});
