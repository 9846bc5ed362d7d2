// widget-mirror.js — the widget's document, kept alive beside the canvas.
// The model writes the document (wasm/model/widget_document.cpp): into the page at build time,
// then as a new tree after every change. This file
//   - patches each tree into #widget-doc in place: elements keep their identity, so the keyboard
//     focus, a half-typed value and a screen reader's reading position survive a change;
//   - lays every control over the place the canvas drew it ("anchors"), so that focusing it
//     scrolls that place into view, and tells the module which control has the focus (the canvas
//     draws its ring);
//   - turns what the reader does with a control into the module's action for its key
//     (wasm/model/actions.h): the same action as the canvas control with that key.
// Modes, in #widget-doc's data-mode (see widget.css):
//   static    as written at build time: before the module runs, or when it cannot
//   mirror    laid invisibly over a drawn canvas, for screen readers and keyboards
//   document  visible and live, standing in for the canvas (no WebGL, forced colours); after
//             stop(), visible with its last figures and its controls disabled
// Trees are text and attributes only: nothing is ever parsed as HTML.
(function () {
  'use strict';

  var TAGS = /^(div|p|span|strong|h1|h2|ul|ol|li|a|button|input|label)$/;
  var ATTRIBUTES = /^(id|class|role|type|href|target|rel|hreflang|lang|value|min|max|step|inputmode|autocomplete|for|hidden|data-key|data-block|data-scenario|data-view|aria-[a-z]+)$/;
  // Set here, not by the model: a patch leaves them alone.
  var OWN = { style: true, 'aria-invalid': true };
  // Links go to the deployment's own pages or to a source, over https.
  var HREF = /^(https:\/\/|[A-Za-z0-9_-]+\.html$)/;

  window.aiCostMirror = function (root, hooks) {
    var anchors = {};
    var height = 0; // the canvas', in CSS pixels: the mirror covers it exactly

    function allowed(name, value) {
      return ATTRIBUTES.test(name) && (name !== 'href' || HREF.test(value));
    }

    function create(node) {
      if (typeof node === 'string') return document.createTextNode(node);
      var el = document.createElement(TAGS.test(node[0]) ? node[0] : 'span');
      patch(el, node);
      return el;
    }

    // An element is patched into a node of the same tag and identity (its id, or the part of the
    // widget it holds), so a line's block is not reused for another line.
    function same(el, node) {
      if (typeof node === 'string') return el.nodeType === 3;
      return el.nodeType === 1 && el.localName === node[0] && el.id === (node[1].id || '') &&
        (el.getAttribute('data-block') || '') === (node[1]['data-block'] || '');
    }

    // Elements the new tree no longer has, before one it still has: at most a few look-aheads.
    function stale(el, node) {
      for (var next = el.nextSibling, n = 1; next && n <= 3; next = next.nextSibling, ++n)
        if (same(next, node)) return n;
      return 0;
    }

    function patchAttributes(el, attributes) {
      for (var i = el.attributes.length; i--;) {
        var name = el.attributes[i].name;
        if (!OWN[name] && !Object.prototype.hasOwnProperty.call(attributes, name)) el.removeAttribute(name);
      }
      Object.keys(attributes).forEach(function (name) {
        var value = attributes[name];
        if (allowed(name, value) && el.getAttribute(name) !== value) el.setAttribute(name, value);
      });
      if (el.localName === 'input' && attributes.value !== undefined) {
        el.modelValue = attributes.value;
        // What the reader is typing is theirs until they commit it; a slider they move, until the
        // model has answered their last move (act).
        var typing = el.type === 'text' && el === document.activeElement;
        if (!typing && !el.acting && el.value !== attributes.value) el.value = attributes.value;
      }
    }

    function patchChildren(el, nodes) {
      for (var i = 0; i < nodes.length; ++i) {
        var node = nodes[i], existing = el.childNodes[i];
        // Removed elements move the rest: drop them rather than recreate what follows.
        if (existing && !same(existing, node)) {
          for (var drop = stale(existing, node); drop > 0; --drop) el.removeChild(el.childNodes[i]);
          existing = el.childNodes[i];
        }
        if (existing && same(existing, node)) {
          if (typeof node === 'string') { if (existing.data !== node) existing.data = node; }
          else patch(existing, node);
        } else {
          el.insertBefore(create(node), existing || null);
        }
      }
      while (el.childNodes.length > nodes.length) el.removeChild(el.lastChild);
    }

    function patch(el, node) {
      patchAttributes(el, node[1]);
      patchChildren(el, node.slice(2));
    }

    // --- placement over the canvas -------------------------------------------------------------
    // Each part of the document (data-block) lies over the block the canvas drew it as, each
    // control (data-key) over its drawing; coordinates are the canvas', made relative to the part
    // the control sits in.
    function place() {
      var mirror = root.dataset.mode === 'mirror';
      root.querySelectorAll('[data-block], [data-key]').forEach(function (el) {
        var a = mirror && anchors[el.dataset.block || el.dataset.key];
        if (!a) { setPlace(el, ''); return; }
        var x = a[1], y = a[2], w = a[3], h = a[4];
        if (el.type === 'text') {
          // The exact-value field opens over the value it edits, wide enough to type in.
          var width = Math.max(w + 24, 120);
          x = Math.max(0, x + w - width);
          w = width;
          y -= 4;
          h += 8;
        }
        var part = el.parentElement.closest('[data-block]');
        var origin = part && root.contains(part) && anchors[part.dataset.block];
        if (origin) { x -= origin[1]; y -= origin[2]; }
        setPlace(el, 'position:absolute;left:' + x + 'px;top:' + y + 'px;width:' + w + 'px;height:' + h + 'px');
      });
    }
    // Only what moved: every assignment costs the element a style recalculation, and a slider
    // dragged on the canvas sends the document tens of times a second.
    function setPlace(el, css) {
      if (el.placed === css) return;
      el.placed = css;
      el.style.cssText = css;
    }

    // --- what the reader does with a control ---------------------------------------------------
    function keyOf(el) { return el && el.dataset ? el.dataset.key : undefined; }

    function parseTyped(text) {
      var raw = text.replace(/[\s\u00a0\u202f$€¥%]/g, '').replace(',', '.');
      var value = Number(raw);
      return raw !== '' && isFinite(value) ? value : null;
    }

    // The module answers in its own time (in a worker, after the page's next events): a control
    // shows what the model kept once it has answered the reader's last use of it, and not one of
    // the older answers meanwhile (a slider held on an arrow key would step back).
    function act(el, value, kept) {
      el.acting = (el.acting || 0) + 1;
      Promise.resolve(hooks.act(keyOf(el), value)).then(function () {
        if (--el.acting === 0 && kept) kept();
      });
    }

    function commit(field) {
      var value = parseTyped(field.value);
      if (value === null) return;
      var typed = field.value;
      field.setAttribute('aria-invalid', 'false');
      act(field, value, function () {
        // The model may have rounded or clamped it: show what it kept (unless typing went on).
        if (field.value === typed) field.value = field.modelValue;
      });
    }

    root.addEventListener('click', function (e) {
      var el = e.target.closest('[data-key]');
      if (!el || !root.contains(el)) return;
      if (el.localName === 'button') act(el, 0);
      else if (el.localName === 'a' && hooks.openLink(el.href)) e.preventDefault();
    });
    root.addEventListener('input', function (e) {
      var el = e.target;
      if (el.type === 'range') {
        act(el, Number(el.value), function () { if (el.value !== el.modelValue) el.value = el.modelValue; });
      }
      else if (el.type === 'text') el.setAttribute('aria-invalid', parseTyped(el.value) === null ? 'true' : 'false');
    });
    root.addEventListener('change', function (e) {
      if (e.target.type === 'text') commit(e.target);
    });
    root.addEventListener('keydown', function (e) {
      var el = e.target;
      if (el.type !== 'text') return;
      if (e.key === 'Enter') { e.preventDefault(); commit(el); }
      else if (e.key === 'Escape' && el.value !== el.modelValue) {
        e.preventDefault();
        el.value = el.modelValue;
        el.setAttribute('aria-invalid', 'false');
      }
    });
    root.addEventListener('focusin', function (e) { hooks.focus(keyOf(e.target) || ''); });
    root.addEventListener('focusout', function (e) {
      if (!e.relatedTarget || !root.contains(e.relatedTarget)) hooks.focus('');
    });

    return {
      // A new tree from the module (JSON text).
      update: function (json) {
        var tree = JSON.parse(json);
        ['lang', 'data-scenario', 'data-view'].forEach(function (name) {
          if (tree[1][name] !== undefined) root.setAttribute(name, tree[1][name]);
        });
        patchChildren(root, tree.slice(2));
        place();
      },
      // Where the canvas drew each control (JSON text: [[key, x, y, width, height], ...]).
      place: function (json) {
        anchors = {};
        JSON.parse(json).forEach(function (a) { anchors[a[0]] = a; });
        place();
      },
      setMode: function (mode) {
        root.dataset.mode = mode;
        root.style.height = mode === 'mirror' && height ? height + 'px' : '';
        place();
      },
      setHeight: function (px) {
        height = px;
        root.style.height = root.dataset.mode === 'mirror' ? px + 'px' : '';
      },
      // The module stopped: nothing will answer a control again. Its last figures are still
      // right, so the document shows them all (every fold open) and no control pretends to work.
      stop: function () {
        root.querySelectorAll('[aria-controls][aria-expanded="false"]').forEach(function (fold) {
          var region = document.getElementById(fold.getAttribute('aria-controls'));
          if (region) region.hidden = false;
          fold.setAttribute('aria-expanded', 'true');
        });
        root.querySelectorAll('button, input').forEach(function (el) { el.disabled = true; });
        this.setMode('document');
      },
      // The canvas asked for a control (a tap on a value opens its exact-value field).
      focus: function (key) {
        var el = document.getElementById('w:' + key);
        if (!el) return;
        el.focus();
        if (el.select) el.select();
      },
    };
  };
})();
