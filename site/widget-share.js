// widget-share.js — the share bar under the canvas: "Copy link" (Clipboard API, or a selected
// text field where the clipboard is refused, as in a sandboxed iframe), "Share…" (Web Share API,
// where there is one) and "Embed" (the snippets of embed-snippets.js). Real buttons: keyboard and
// screen readers reach them without the canvas.
(function () {
  'use strict';
  var bar = document.getElementById('widget-share');
  if (!bar || !window.widget) return;
  var t = function (key) { return window.widget.text(key); };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  var buttons = el('div', 'widget-share-buttons');
  var copy = el('button', 'widget-share-button');
  var share = el('button', 'widget-share-button');
  var embed = el('button', 'widget-share-button');
  [copy, share, embed].forEach(function (b) { b.type = 'button'; buttons.appendChild(b); });
  embed.setAttribute('aria-expanded', 'false');
  share.hidden = typeof navigator.share !== 'function';
  var status = el('span', 'widget-share-status');
  status.setAttribute('role', 'status');
  buttons.appendChild(status);

  // Shown when the clipboard is refused, or a link cannot open (no popups in a sandbox).
  var manual = el('div', 'widget-share-manual');
  manual.hidden = true;
  var manualLabel = el('label', 'widget-share-label');
  var manualText = el('span');
  var manualField = el('input', 'widget-share-field');
  manualField.readOnly = true;
  manualField.type = 'text';
  manualLabel.appendChild(manualText);
  manualLabel.appendChild(manualField);
  manual.appendChild(manualLabel);

  var codes = el('div', 'widget-share-codes');
  codes.hidden = true;

  bar.appendChild(buttons);
  bar.appendChild(manual);
  bar.appendChild(codes);

  function link() { return window.widget.getState().permalink; }

  function showManual(text, value) {
    manualText.textContent = text;
    manualField.value = value;
    manual.hidden = false;
    manualField.focus();
    manualField.select();
  }

  function say(text) {
    status.textContent = text;
    clearTimeout(say.timer);
    say.timer = setTimeout(function () { status.textContent = ''; }, 4000);
  }

  function copyText(value, done) {
    var fail = function () { showManual(t('share.copy_manual'), value); };
    if (!navigator.clipboard || typeof navigator.clipboard.writeText !== 'function') { fail(); return; }
    navigator.clipboard.writeText(value).then(function () { manual.hidden = true; say(done); }, fail);
  }

  copy.addEventListener('click', function () { copyText(link(), t('share.copied')); });

  share.addEventListener('click', function () {
    var state = window.widget.getState();
    navigator.share({ title: state.title, text: state.total_text, url: state.permalink }).catch(function (e) {
      // The reader closing the sheet is not an error; anything else falls back to copying.
      if (!e || e.name !== 'AbortError') copyText(state.permalink, t('share.copied'));
    });
  });

  function renderCodes() {
    var state = window.widget.getState();
    // The ladder alone shows no scenario: its frame is named after what it shows.
    var title = state.view === 'ladder' ? t('ladder.title') + ' \u2014 ' + t('widget.name') : state.title;
    var snippets = window.aiCostSnippets(state.permalink,
      document.documentElement.getBoundingClientRect().height, title, t('embed.more'));
    codes.replaceChildren();
    codes.appendChild(el('p', 'widget-share-intro', t('embed.intro')));
    [['script', 'embed.script'], ['iframe', 'embed.iframe'], ['pym', 'embed.pym'], ['amp', 'embed.amp']]
      .forEach(function (entry) {
        var block = el('div', 'widget-share-code');
        var id = 'widget-code-' + entry[0];
        var label = el('label', 'widget-share-label', t(entry[1]));
        label.htmlFor = id;
        var area = el('textarea', 'widget-share-field');
        area.id = id;
        area.readOnly = true;
        area.rows = snippets[entry[0]].split('\n').length;
        area.value = snippets[entry[0]];
        area.spellcheck = false;
        var button = el('button', 'widget-share-button', t('embed.copy'));
        button.type = 'button';
        button.addEventListener('click', function () { copyText(area.value, t('embed.copied')); });
        block.appendChild(label);
        block.appendChild(area);
        block.appendChild(button);
        codes.appendChild(block);
        // Wrapped code shows whole on a phone: grow the field to its content.
        area.style.height = area.scrollHeight + 2 + 'px';
      });
  }

  embed.addEventListener('click', function () {
    codes.hidden = !codes.hidden;
    embed.setAttribute('aria-expanded', String(!codes.hidden));
    if (!codes.hidden) renderCodes();
  });

  function relabel() {
    copy.textContent = t('share.copy');
    share.textContent = t('share.share');
    embed.textContent = t('share.embed');
    if (!codes.hidden) renderCodes();
  }

  window.widget.addEventListener('linkblocked', function (e) { showManual(t('share.open_manual'), e.detail.url); });
  window.widget.ready.then(function () {
    relabel();
    bar.hidden = false;
    window.widget.addEventListener('change', relabel);
  }, function () { /* no widget, no sharing */ });
})();
