// embed-snippets.js — the embed codes a newsroom pastes, built from one widget URL. Shared by the
// widget's "Embed" panel and embed.html. No snippet relies on an inline script.
(function () {
  'use strict';

  function escape(text) {
    return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  // url: the widget's permalink (the page of its scenario, language and view, with the state as
  // its query); height: a starting height in CSS px; title: the iframe's accessible name; more:
  // the AMP button's "show the whole calculator", in the widget's language.
  window.aiCostSnippets = function (url, height, title, more) {
    var widgetUrl = new URL(url, location.href);
    var base = new URL('.', widgetUrl).href;
    var query = new URLSearchParams(widgetUrl.search);
    var start = Math.max(600, Math.ceil(height / 100) * 100);
    var attributes = [];
    ['view', 'scenario', 'lang', 'currency', 'theme'].forEach(function (key) {
      // The ladder alone is the same for every scenario.
      if (key === 'scenario' && query.get('view') === 'ladder') return;
      if (query.get(key)) attributes.push('data-' + key + '="' + escape(query.get(key)) + '"');
    });
    // pym.js obeys any frame that speaks its protocol (navigateTo moves the whole page) unless
    // data-pym-xdomain names where messages may come from: a regex pym anchors at the end only.
    var xdomain = '^' + widgetUrl.origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Readers without JavaScript follow a link to the page of the same view, figures written in:
    // the one the permalink names (permalink_url in the model), embed.js loads it too.
    var page = widgetUrl.origin + widgetUrl.pathname;
    return {
      iframe: '<iframe src="' + escape(widgetUrl.href) + '" title="' + escape(title) + '"\n' +
        '        style="width:0;min-width:100%;border:0" height="' + start + '" scrolling="no" loading="lazy"\n' +
        '        allow="clipboard-write; web-share"></iframe>',
      script: '<div data-ai-cost-widget ' + attributes.join(' ') + '><a href="' + escape(page) + '">' +
        escape(title) + '</a></div>\n' +
        '<script src="' + escape(base) + 'embed.js" defer></script>',
      pym: '<div data-pym-src="' + escape(widgetUrl.href) + '" data-pym-xdomain="' + escape(xdomain) + '"></div>\n' +
        '<script src="https://pym.nprapps.org/pym.v1.min.js"></script>',
      amp: '<amp-iframe src="' + escape(widgetUrl.href) + '" title="' + escape(title) + '"\n' +
        '            width="auto" height="' + start + '" layout="fixed-height" resizable\n' +
        '            sandbox="allow-scripts allow-popups" frameborder="0">\n' +
        '  <button overflow type="button">' + escape(more) + '</button>\n' +
        '</amp-iframe>',
    };
  };
})();
