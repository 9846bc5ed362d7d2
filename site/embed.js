// embed.js — the newsroom's one-line embed. Each
//   <div data-ai-cost-widget data-scenario="r1-nature"><a href="…/widget-r1-nature-fr.html">…</a></div>
// on the page becomes an iframe of the page its link names (else widget.html) that sizes itself
// to the widget's height, any number of times per page. Optional attributes:
//   data-lang="fr|en"  data-theme="light|dark"  data-currency="usd|eur|cny"  data-title="…"
//   data-view="ladder|calculator|full"  the ladder alone, one scenario's calculator, or the whole
//                          widget (the default)
//   data-permalink="name"  opt-in: the reader's scenario is kept in the article's URL
//                          (#ai-cost-name=…), so sharing the article restores it
// Load it with <script src="…/embed.js" defer></script>; widgets added later can be mounted with
// window.aiCostWidget.mount(element).
(function () {
  'use strict';
  var script = document.currentScript;
  var base = new URL('widget.html', script ? script.src : location.href);
  var frames = []; // { iframe, permalink }
  var startHeights = { ladder: 700, calculator: 1300, full: 1800 };

  function hashParams() {
    return new URLSearchParams(location.hash.replace(/^#/, ''));
  }

  function mount(host) {
    if (!host || host.getAttribute('data-ai-cost-mounted')) return null;
    host.setAttribute('data-ai-cost-mounted', 'true');
    var d = host.dataset;
    var permalink = d.permalink ? 'ai-cost-' + d.permalink.replace(/[^A-Za-z0-9_-]/g, '') : null;
    var saved = permalink && hashParams().get(permalink);
    var query = new URLSearchParams(saved || '');
    if (!saved) {
      query.set('v', '1');
      if (d.scenario) query.set('scenario', d.scenario);
      // The article's language; the widget takes its first one when it has not this one.
      var lang = d.lang || (document.documentElement.lang || '').slice(0, 2);
      if (lang) query.set('lang', lang);
      if (d.currency) query.set('currency', d.currency);
    }
    // The host decides the theme and the view, even over a shared link.
    if (d.theme) query.set('theme', d.theme);
    if (d.view) query.set('view', d.view);

    var iframe = document.createElement('iframe');
    iframe.src = page(host) + '?' + query.toString();
    // Its name: data-title, else the text of the link the embed code put in the div (the widget's
    // name in the article's language), else the document's own title once it loads.
    iframe.title = d.title || host.textContent.trim().replace(/\s+/g, ' ') || 'ai-cost';
    iframe.setAttribute('scrolling', 'no');
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('allow', 'clipboard-write; web-share');
    // CSSOM, not a style attribute: hosts with a strict CSP forbid inline styles.
    iframe.style.display = 'block';
    iframe.style.width = '0';
    iframe.style.minWidth = '100%';
    iframe.style.border = '0';
    // Until the widget says its height: about what each view takes on a phone, so the article
    // below moves little when it does.
    iframe.style.height = (Number(d.height) || startHeights[d.view] || startHeights.full) + 'px';
    // A link left in the div for readers without JavaScript gives way to the widget itself.
    Array.prototype.forEach.call(host.children, function (child) { child.hidden = true; });
    host.appendChild(iframe);
    frames.push({ iframe: iframe, permalink: permalink, shared: !!saved, first: null, changed: false });
    return iframe;
  }

  // The page to load: the one the embed code links for readers without JavaScript, when it is a
  // page of this deployment (embed-snippets.js writes the page of the embed's scenario, language
  // and view, whose HTML already holds its figures), else widget.html, which starts any of them.
  function page(host) {
    var link = host.querySelector('a[href]');
    var folder = new URL('.', base).href;
    var name = link ? link.href.split(/[?#]/)[0] : '';
    name = name.indexOf(folder) === 0 ? name.slice(folder.length) : '';
    return /^widget[a-z0-9-]*\.html$/.test(name) ? folder + name : base.href;
  }

  function find(source) {
    for (var i = 0; i < frames.length; ++i)
      if (frames[i].iframe.contentWindow === source) return frames[i];
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.source !== 'ai-cost-widget') return;
    // Only our iframe, and only while it shows the widget: a frame navigated elsewhere keeps its
    // window. 'null' is the widget in a sandbox (a host sandboxed itself, or a CMS's iframe rules).
    var frame = find(event.source);
    if (!frame || (event.origin !== base.origin && event.origin !== 'null')) return;
    if (data.type === 'height') {
      var height = Number(data.height);
      if (isFinite(height) && height > 0 && height < 20000)
        frame.iframe.style.height = Math.ceil(height) + 'px';
    } else if (data.type === 'state' && frame.permalink && typeof data.query === 'string' &&
               data.query.length < 1000) {
      // The widget's first state is what the article shows anyway: only a reader's change, or
      // a return to it, touches the article's URL.
      if (frame.first === null) frame.first = data.query;
      if (data.query !== frame.first) frame.changed = true;
      var params = hashParams();
      if (frame.shared) {
        // A shared link's first state is the link itself, not the article's default: it stays
        // as shared until the reader changes something, then follows the reader, never erased.
        if (!frame.changed) return;
        params.set(frame.permalink, data.query);
      } else if (data.query === frame.first) {
        if (!params.has(frame.permalink)) return;
        params.delete(frame.permalink);
      } else {
        params.set(frame.permalink, data.query);
      }
      var hash = params.toString();
      try {
        history.replaceState(history.state, '', hash ? '#' + hash : location.pathname + location.search);
      } catch (e) { /* a sandboxed host: the permalink stays in the widget */ }
    }
  });

  function mountAll() {
    document.querySelectorAll('[data-ai-cost-widget]').forEach(mount);
  }
  window.aiCostWidget = { mount: mount, mountAll: mountAll };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
