// editor.js — the editor page: a journalist opens data/scenarios.json (the deployed file, a file
// of their own, or a paste), sees every mistake with its JSON path as they type, watches the
// widget with the edited data at phone and desktop width, and downloads the files to publish.
// The check is the widget's own: the same WebAssembly reads the data as the widget and
// `ai-cost check` do, so the page cannot accept what the widget would refuse.
(function () {
  'use strict';

  var source = document.getElementById('source');
  var check = document.getElementById('check');
  var errorList = document.getElementById('errors');
  var download = document.getElementById('download');
  var langs = document.getElementById('editor-langs');
  var frames = [document.getElementById('preview-phone'), document.getElementById('preview-desktop')];
  var module = null;
  var stringsText = '', strings = {}, lang = 'fr';
  var lastErrors = [];

  // --- texts: data/strings.json, in the editor's language ---------------------------------------
  function t(key, values) {
    var text = (strings[lang] || {})[key];
    if (typeof text !== 'string') text = key;
    Object.keys(values || {}).forEach(function (name) { text = text.split('{' + name + '}').join(values[name]); });
    return text;
  }

  function applyTexts() {
    document.documentElement.lang = lang;
    document.title = t('editor.title');
    document.querySelectorAll('[data-text]').forEach(function (el) { el.textContent = t(el.getAttribute('data-text')); });
    frames[0].title = t('editor.preview') + ', ' + t('editor.phone');
    frames[1].title = t('editor.preview') + ', ' + t('editor.desktop');
    langs.setAttribute('aria-label', t('editor.lang_label'));
    langs.querySelectorAll('button').forEach(function (b) { b.setAttribute('aria-pressed', String(b.value === lang)); });
    render(lastErrors);
  }

  function startLang() {
    var asked = new URLSearchParams(location.search).get('lang');
    if (asked && strings[asked]) return asked;
    var nav = (navigator.language || '').slice(0, 2).toLowerCase();
    return strings[nav] ? nav : Object.keys(strings)[0];
  }

  // Every language strings.json holds, named in itself.
  function buildLanguages() {
    Object.keys(strings).forEach(function (code) {
      var button = document.createElement('button');
      button.type = 'button';
      button.value = code;
      button.lang = code;
      button.textContent = strings[code]['lang.name'] || code;
      button.addEventListener('click', function () {
        lang = code;
        applyTexts();
        if (source.value) validate(); // the mistakes, in the new language
        loadPreviews();
      });
      langs.appendChild(button);
    });
  }

  // --- the check ----------------------------------------------------------------------------------
  // As widget.js does: the browser's encoder, into room for the longest UTF-8 of that length.
  var encoder = new TextEncoder();
  function withStrings(values, fn) {
    var pointers = values.map(function (s) {
      var size = s.length * 3 + 1;
      var p = module._malloc(size);
      if (!p) throw new Error('out of memory');
      module.HEAPU8[p + encoder.encodeInto(s, module.HEAPU8.subarray(p, p + size - 1)).written] = 0;
      return p;
    });
    try { return fn.apply(null, pointers); } finally { pointers.forEach(function (p) { module._free(p); }); }
  }

  // The mistakes, written in the editor's language by the model (strings.json's check.*).
  function errorsOf(text) {
    return JSON.parse(withStrings([text, stringsText, lang], function (a, b, c) {
      return module.UTF8ToString(module._widget_check(a, b, c));
    }));
  }

  // A syntax error names its place ("scenarios.json:12:5: …"): a button puts the caret there.
  function render(errors) {
    lastErrors = errors;
    errorList.textContent = '';
    if (!module) return;
    check.className = 'editor-check ' + (errors.length ? 'editor-bad' : 'editor-ok');
    check.textContent = errors.length ? t('editor.errors', { count: errors.length }) : t('editor.ok');
    errors.forEach(function (entry) {
      var li = document.createElement('li');
      var place = /^[\w.-]+:(\d+):(\d+): (.*)$/.exec(entry.error);
      if (place) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = t('editor.at', { line: place[1], column: place[2] });
        button.addEventListener('click', function () { goTo(Number(place[1]), Number(place[2])); });
        li.appendChild(button);
        li.appendChild(document.createTextNode(' ' + place[3]));
      } else {
        var colon = entry.error.indexOf(': ');
        var code = document.createElement('code');
        code.textContent = colon > 0 ? entry.error.slice(0, colon) : entry.file;
        li.appendChild(code);
        li.appendChild(document.createTextNode(' ' + (colon > 0 ? entry.error.slice(colon + 2) : entry.error)));
      }
      errorList.appendChild(li);
    });
  }

  function goTo(line, column) {
    var lines = source.value.split('\n');
    var at = 0;
    for (var i = 0; i < line - 1 && i < lines.length; ++i) at += lines[i].length + 1;
    at += column - 1;
    source.focus();
    source.setSelectionRange(at, at + 1);
  }

  var checkTimer = 0, previewTimer = 0;
  function edited() {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(validate, 150);
    clearTimeout(previewTimer);
    previewTimer = setTimeout(sendPreviews, 500);
  }

  function validate() {
    if (!module) return;
    var errors = errorsOf(source.value);
    render(errors);
    download.disabled = errors.length > 0 || !source.value.trim();
  }

  function setSource(text) {
    source.value = text;
    validate();
    sendPreviews();
  }

  // --- the preview: widget.html?preview=1 in iframes of this page, fed the edited text ---------------
  function loadPreviews() {
    frames.forEach(function (frame) { frame.src = 'widget.html?preview=1&lang=' + encodeURIComponent(lang); });
  }

  function sendTo(target) {
    target.postMessage({ source: 'ai-cost-editor', scenarios: source.value, strings: stringsText }, location.origin);
  }

  function sendPreviews() {
    frames.forEach(function (frame) { if (frame.contentWindow) sendTo(frame.contentWindow); });
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== location.origin || !data || data.source !== 'ai-cost-widget') return;
    var frame = frames.filter(function (f) { return f.contentWindow === event.source; })[0];
    if (!frame) return;
    if (data.type === 'preview') sendTo(event.source); // a preview asks for the data as it starts
    else if (data.type === 'height' && isFinite(data.height) && data.height > 0)
      frame.style.height = Math.min(Math.ceil(data.height), 20000) + 'px';
  });

  // --- opening and downloading ------------------------------------------------------------------------
  function openDeployed() {
    fetch('data/scenarios.json', { cache: 'no-cache' }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.text();
    }).then(setSource, function (error) {
      check.className = 'editor-check editor-bad';
      check.textContent = t('editor.load_failed', { detail: String(error.message || error) });
    });
  }

  function openFile(file) {
    if (file) file.text().then(setSource);
  }

  // --- publishing: one zip laid out as the site, to unpack at its root ------------------------------
  // A zip with stored (uncompressed) entries: a page of code, no library. Each entry is
  // [path, bytes].
  var CRC_TABLE = (function () {
    var table = new Uint32Array(256);
    for (var n = 0; n < 256; ++n) {
      var c = n;
      for (var k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
    return table;
  })();
  function crc32(bytes) {
    var c = 0xFFFFFFFF;
    for (var i = 0; i < bytes.length; ++i) c = CRC_TABLE[(c ^ bytes[i]) & 0xFF] ^ (c >>> 8);
    return (c ^ 0xFFFFFFFF) >>> 0;
  }
  function zip(entries) {
    var encoder = new TextEncoder(), parts = [], central = [], offset = 0;
    entries.forEach(function (entry) {
      var name = encoder.encode(entry[0]), data = entry[1], crc = crc32(data);
      var local = new DataView(new ArrayBuffer(30));
      local.setUint32(0, 0x04034b50, true);
      local.setUint16(4, 20, true);
      local.setUint16(6, 0x0800, true); // names in UTF-8
      local.setUint16(12, 0x5821, true); // 2024-01-01, a fixed date: the same data, the same zip
      local.setUint32(14, crc, true);
      local.setUint32(18, data.length, true);
      local.setUint32(22, data.length, true);
      local.setUint16(26, name.length, true);
      var head = new DataView(new ArrayBuffer(46));
      head.setUint32(0, 0x02014b50, true);
      head.setUint16(4, 20, true);
      head.setUint16(6, 20, true);
      head.setUint16(8, 0x0800, true);
      head.setUint16(14, 0x5821, true);
      head.setUint32(16, crc, true);
      head.setUint32(20, data.length, true);
      head.setUint32(24, data.length, true);
      head.setUint16(28, name.length, true);
      head.setUint32(42, offset, true);
      parts.push(local, name, data);
      central.push(head, name);
      offset += 30 + name.length + data.length;
    });
    var size = central.reduce(function (n, part) { return n + part.byteLength; }, 0);
    var end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, entries.length, true);
    end.setUint16(10, entries.length, true);
    end.setUint32(12, size, true);
    end.setUint32(16, offset, true);
    return new Blob(parts.concat(central, [end]), { type: 'application/zip' });
  }

  function save(name, blob) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  // data/scenarios.json, the same text as a script for sandboxed embeds (as tools/data_to_js.py
  // writes it), and every page for readers without JavaScript, written again from this data by
  // the widget's own model, so none keeps figures the data no longer has.
  download.addEventListener('click', function () {
    var text = source.value, encoder = new TextEncoder();
    fetch('widget.html.in', { cache: 'no-cache' }).then(function (response) {
      if (!response.ok) throw new Error('widget.html.in: HTTP ' + response.status);
      return response.text();
    }).then(function (template) {
      var base = new URL('.', location.href).href;
      var pages = JSON.parse(withStrings([template, base, text, stringsText], function (a, b, c, d) {
        return module.UTF8ToString(module._widget_pages(a, b, c, d));
      }));
      var entries = [
        ['data/scenarios.json', encoder.encode(text)],
        ['data/scenarios.js', encoder.encode('// Generated from scenarios.json by the editor page; see tools/data_to_js.py.\n' +
          '(window.aiCostData = window.aiCostData || {})["scenarios.json"] = ' + JSON.stringify(text) + ';\n')],
      ].concat(pages.map(function (page) { return [page[0], encoder.encode(page[1])]; }));
      save('ai-cost-data.zip', zip(entries));
    }).catch(function (error) {
      check.className = 'editor-check editor-bad';
      check.textContent = t('editor.load_failed', { detail: String(error.message || error) });
    });
  });
  document.getElementById('open-deployed').addEventListener('click', openDeployed);
  document.getElementById('open-file').addEventListener('change', function (e) { openFile(e.target.files[0]); });
  source.addEventListener('input', edited);
  source.addEventListener('dragover', function (e) { e.preventDefault(); source.classList.add('editor-dropping'); });
  source.addEventListener('dragleave', function () { source.classList.remove('editor-dropping'); });
  source.addEventListener('drop', function (e) {
    e.preventDefault();
    source.classList.remove('editor-dropping');
    openFile(e.dataTransfer && e.dataTransfer.files[0]);
  });

  // --- start: the deployment's strings and the module, then the deployed file ----------------------
  Promise.all([
    fetch('data/strings.json', { cache: 'no-cache' }).then(function (r) { return r.text(); }),
    createWidgetModule({}),
  ]).then(function (loaded) {
    stringsText = loaded[0];
    module = loaded[1];
    try { strings = JSON.parse(stringsText); } catch (e) { strings = {}; }
    lang = startLang() || 'fr';
    buildLanguages();
    applyTexts();
    loadPreviews();
    openDeployed();
  }, function (error) {
    check.className = 'editor-check editor-bad';
    check.textContent = String(error && error.message || error);
  });
})();
