#pragma once
// The widget as a document: the same content as the canvas, in the same order, as HTML that
// screen readers, keyboards, search engines, reader modes, translation and readers without
// JavaScript can use. One builder, two modes:
//   Static  written into the pages at build time (ai-cost pages): links instead of controls
//           (each scenario and language is a page of its own), every folded part open.
//   Live    the mirror beside the canvas, patched in place after every change: each control a
//           real element (buttons with aria-pressed, labelled range inputs, exact-value fields,
//           fold toggles with aria-expanded) carrying its key (control_keys.h) in data-key.

#include "model/doc_node.h"
#include "model/widget_state.h"

#include <string>
#include <string_view>

namespace aicost {

enum class DocMode { Static, Live };

// The element <div id="widget-doc" class="widget-doc" lang=… data-view=…> and everything inside
// it: the parts of the state's view (view.h). `narrow`: the canvas is narrow and folds its picker
// (narrow_widget), and so does the live document.
DocNode widget_document(const WidgetState& state, const Catalog& catalog, const Strings& strings,
                        DocMode mode, bool narrow = false);

// The live document when the data could not be read: the message alone (an alert), in place of
// figures that would be wrong.
DocNode data_error_document(const std::string& message, const Lang& lang);

// The static page of a scenario in a language and a view: "widget-v3-final-run-en.html",
// "widget-calculator-v3-final-run-en.html", "widget-ladder-en.html" (the ladder is the same for
// every scenario).
std::string static_page_name(std::string_view scenario_id, const Lang& lang,
                             View view = View::Full);

} // namespace aicost
