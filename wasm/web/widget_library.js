// The one door from C++ to the page: every message goes to the host object that widget.js passes
// to the module as `widgetHost`, as (kind, payload text). Keeping it to one function keeps the
// browser-facing surface in widget.js, where it can be read in one place.
mergeInto(LibraryManager.library, {
  aicost_host_call: function (kind, payload) {
    var host = Module['widgetHost'];
    if (host) host(UTF8ToString(kind), UTF8ToString(payload));
  },
});
