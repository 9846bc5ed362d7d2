#include "model/widget_document.h"

#include "model/citations.h"
#include "model/control_keys.h"
#include "model/equation.h"
#include "model/ladder.h"
#include "model/number_format.h"
#include "model/slider_scale.h"
#include "model/view_texts.h"

#include <algorithm>
#include <set>

namespace aicost {
namespace {

struct Builder {
    const WidgetState& state;
    const Catalog& catalog;
    const Strings& strings;
    DocMode mode;
    bool narrow;     // the widget is narrow: its picker is one button (view.h)
    ViewParts parts; // what the state's view shows

    const Lang& lang() const { return state.lang; }
    bool live() const { return mode == DocMode::Live; }
    std::string t(std::string_view key) const { return text(strings, state.lang, key); }
    const Currency& currency() const { return display_currency(state, catalog); }
    bool open(std::string_view fold) const { return !live() || state.open_folds.count(fold) > 0; }
};

DocNode paragraph(std::string content, const char* css_class = nullptr) {
    DocNode p = element("p", std::move(content));
    if (css_class) p.set("class", css_class);
    return p;
}

// A control the reader operates: its key ties it to what the canvas draws.
DocNode& keyed(DocNode& node, const std::string& key) {
    return node.set("id", dom_id(key)).set("data-key", key);
}

// A part of the widget that the canvas draws as one block (control_keys.h).
DocNode block(const char* css_class, const std::string& part) {
    DocNode node = element("div");
    node.set("class", css_class).set("data-block", block_key(part));
    return node;
}

DocNode button(const std::string& key, std::string label) {
    DocNode b = element("button", std::move(label));
    b.set("type", "button");
    keyed(b, key);
    return b;
}

DocNode pressed_button(const std::string& key, std::string label, bool pressed) {
    return button(key, std::move(label)).set("aria-pressed", pressed ? "true" : "false");
}

bool is_https(const std::string& url) {
    return url.rfind("https://", 0) == 0;
}

// A source as a link that Tab reaches; a non-https address is shown as text, never linked.
DocNode source_link(const Builder& b, const std::string& key, std::string label,
                    const std::string& url) {
    if (!is_https(url)) return element("span", std::move(label));
    DocNode a = element("a", std::move(label));
    a.set("href", url).set("target", "_blank").set("rel", "noopener noreferrer");
    keyed(a, key);
    a.add(element("span", b.t("link.new_tab")).set("class", "visually-hidden"));
    return a;
}

// A fold toggle (live) and the region it shows; the region stays in the document, hidden and
// empty while folded, so that aria-controls always points at something.
std::string region_id(std::string_view fold) {
    return dom_id("region/" + std::string(fold));
}

DocNode fold_button(const Builder& b, std::string_view fold, std::string label) {
    return button(fold_key(fold), std::move(label))
        .set("aria-expanded", b.open(fold) ? "true" : "false")
        .set("aria-controls", region_id(fold));
}

DocNode fold_region(const Builder& b, std::string_view fold, const char* css_class) {
    DocNode region = element("div");
    region.set("id", region_id(fold)).set("class", css_class);
    if (!b.open(fold)) region.set("hidden", "");
    return region;
}

DocNode notice(const Builder& b) {
    DocNode box = block("doc-notice", "notice");
    box.add(element("p").add(element("strong", b.t("notice.title"))));
    DocNode list = element("ul");
    const Warnings& warnings = b.state.warnings;
    for (size_t i = 0; i < std::min(warnings.size(), kWarningsShown); ++i)
        list.add(element("li", warning_message(warnings[i], b.strings, b.lang())));
    const size_t shown = std::min(warnings.size(), kWarningsShown);
    if (std::string more = more_warnings_text(warnings, shown, b.lang(), b.strings); !more.empty())
        list.add(element("li", more));
    box.add(std::move(list));
    box.add(button(std::string(kDismissKey), b.t("notice.dismiss")));
    return box;
}

// The written page's scenarios: a link to each one's page, the current one marked.
void scenario_links(const Builder& b, DocNode& out) {
    for (const Scenario& scenario : b.catalog.scenarios) {
        DocNode a = element("a", scenario.short_title.in(b.lang()));
        a.set("href", static_page_name(scenario.id, b.lang(), b.state.view));
        if (scenario.id == b.state.scenario.id) a.set("aria-current", "page");
        out.add(std::move(a));
    }
}

DocNode picker(const Builder& b) {
    DocNode group = block("doc-picker", "picker");
    group.set("role", "group").set("aria-labelledby", "w:picker");
    group.add(paragraph(b.t("picker.label"), "doc-kicker").set("id", "w:picker"));
    // On a narrow widget, one button names the scenario shown and unfolds the others.
    DocNode* choices = &group;
    DocNode region;
    const bool folding = b.live() && b.narrow;
    if (folding) {
        DocNode toggle = fold_button(b, kPickerFold, b.state.scenario.short_title.in(b.lang()));
        toggle.set("aria-label",
                   b.state.scenario.short_title.in(b.lang()) + " \u2014 " + b.t("picker.choose"));
        group.add(std::move(toggle));
        region = fold_region(b, kPickerFold, "doc-picker-list");
        if (!b.open(kPickerFold)) {
            group.add(std::move(region));
            return group;
        }
        choices = &region;
    }
    if (!b.live()) {
        // The written page cannot know the widget's width: it holds both forms, and its styles
        // show the one the canvas will draw (widget.css), so that nothing moves when the canvas
        // takes over. The narrow one unfolds without JavaScript.
        DocNode fold = element("details");
        fold.set("class", "doc-picker-fold");
        fold.add(element("summary", b.state.scenario.short_title.in(b.lang())));
        DocNode list = element("div");
        list.set("class", "doc-picker-list");
        scenario_links(b, list);
        fold.add(std::move(list));
        group.add(std::move(fold));
        scenario_links(b, group);
        return group;
    }
    for (const Scenario& scenario : b.catalog.scenarios)
        choices->add(pressed_button(scenario_key(scenario.id), scenario.short_title.in(b.lang()),
                                    scenario.id == b.state.scenario.id));
    if (folding) group.add(std::move(region));
    return group;
}

void total(const Builder& b, DocNode& out) {
    const Scenario& scenario = b.state.scenario;
    DocNode head = block("doc-head", "head");
    head.add(element("h1", scenario.title.in(b.lang())));
    head.add(paragraph(scenario.summary.in(b.lang()), "doc-summary"));
    DocNode figure = element("p");
    figure.set("class", "doc-total");
    figure.add(element("span", b.t("total.label")).set("class", "doc-kicker"));
    figure.add_text(" ");
    figure.add(element("strong", format_money(scenario_total_usd(scenario), b.currency(), b.lang()))
                   .set("class", "doc-figure"));
    head.add(std::move(figure));
    const std::string detail = total_detail(scenario, b.lang(), b.strings);
    if (!detail.empty()) head.add(paragraph(detail, "doc-detail"));
    for (const PublishedFigure& published : scenario.published) {
        DocNode box = element("div");
        box.set("class", "doc-published");
        box.add(element("p").add(element("strong", published.label.in(b.lang()))));
        const PublishedNotes notes =
            published_notes(scenario, published, b.currency(), b.lang(), b.strings);
        for (const std::string& detail_text : notes.details)
            box.add(paragraph(detail_text, "doc-note"));
        box.add(paragraph(notes.verdict, notes.reproduced ? "doc-note" : "doc-note doc-differs"));
        head.add(std::move(box));
    }
    if (b.parts.position) {
        const std::vector<Rung> rungs = ladder_rungs(b.catalog, b.state);
        const std::string where =
            scale_position_text(scale_position(b.state, rungs), b.currency(), b.strings, b.lang());
        if (!where.empty()) head.add(paragraph(where, "doc-position"));
    }
    out.add(std::move(head));
}

void breakdown(const Builder& b, DocNode& doc) {
    const Scenario& scenario = b.state.scenario;
    const double sum = scenario_total_usd(scenario);
    if (!(sum > 0.0) || scenario.lines.size() < 2) return;
    DocNode part = block("doc-breakdown", "breakdown");
    part.add(element("h2", b.t("breakdown.label")).set("class", "doc-kicker-heading"));
    DocNode list = element("ul");
    list.set("class", "doc-shares");
    for (const Line& line : scenario.lines)
        list.add(element("li", line.label.in(b.lang()) + b.t("colon") +
                                   share_text(line_usd(line) / sum, b.lang(), b.strings)));
    part.add(std::move(list));
    doc.add(std::move(part));
}

DocNode input_controls(const Builder& b, const Line& line, const Input& input) {
    const std::string label = input_label(input, b.lang(), b.strings);
    const std::string line_label = line.label.in(b.lang());
    const std::string field = value_key(line.id, input.key);
    DocNode row = element("div");
    row.set("class", "doc-input");
    row.add(element("label", label).set("for", dom_id(field)));
    DocNode typed = element("input");
    typed.set("type", "text").set("inputmode", "decimal").set("autocomplete", "off");
    keyed(typed, field);
    typed.set("value", format_plain(display_value(input, b.currency()), input.decimals, b.lang()));
    typed.set("aria-label", fill(b.t("control.value"), {{"input", label}, {"line", line_label}}));
    row.add(std::move(typed));

    const SliderScale scale = slider_scale(input);
    DocNode range = element("input");
    range.set("type", "range");
    keyed(range, slider_key(line.id, input.key));
    range.set("min", format_round_trip(scale.min))
        .set("max", format_round_trip(scale.max))
        .set("step", format_round_trip(scale.step))
        .set("value", format_round_trip(slider_position(input)))
        .set("aria-label", fill(b.t("control.slider"), {{"input", label}, {"line", line_label}}))
        .set("aria-valuetext", format_input(input, b.currency(), b.lang(), b.strings));
    // A range over positions still tells assistive technology the value itself.
    if (scale.positions)
        range.set("aria-valuenow", format_round_trip(input.value))
            .set("aria-valuemin", format_round_trip(input.min))
            .set("aria-valuemax", format_round_trip(input.max));
    row.add(std::move(range));
    return row;
}

void inputs(const Builder& b, const Line& line, DocNode& region) {
    for (const Input& input : line.inputs)
        region.add(input_controls(b, line, input));
}

// The line's sources as links (unless `above`, the line before, cites the same), then the
// reasoning behind its assumed values.
void provenance(const Builder& b, const Line& line, const Line* above,
                std::set<std::string>& notes_shown, DocNode& out) {
    const auto cite = [&](const char* prefix, const Source& source, size_t index) {
        out.add(
            element("p")
                .set("class", "doc-cite")
                .add(source_link(b, citation_key(line.id, index),
                                 citation_text(prefix, source, b.lang(), b.strings), source.url)));
    };
    if (!above || !same_sources(*above, line)) {
        cite("cite.source", line.source, 0);
        for (size_t i = 0; i < line.more_sources.size(); ++i)
            cite("cite.also", line.more_sources[i], i + 1);
    }
    const std::string& note = line.note.in(b.lang());
    if (note.empty()) return;
    const bool explained_above = !notes_shown.insert(note).second;
    out.add(paragraph(note_text(line, explained_above, b.lang(), b.strings), "doc-note"));
}

void lines(const Builder& b, DocNode& doc) {
    const Scenario& scenario = b.state.scenario;
    std::set<std::string> notes_shown;
    const bool folding = folds_line_inputs(scenario, b.state.view, b.narrow);
    const Line* above = nullptr;
    for (const Line& line : scenario.lines) {
        DocNode item = block("doc-line", line_fold(line.id));
        DocNode heading = element("h2");
        heading.add(element("span", line.label.in(b.lang())));
        heading.add_text(" ");
        heading.add(element("span", format_money(line_usd(line), b.currency(), b.lang()))
                        .set("class", "doc-cost"));
        item.add(std::move(heading));
        item.add(paragraph(line_equation(line, b.currency(), b.lang(), b.strings), "doc-equation"));
        if (b.live() && folding) {
            const std::string fold = line_fold(line.id);
            // Every line has the same button: its name says which line it opens.
            const std::string label = b.t(b.open(fold) ? "line.fold" : "line.adjust");
            item.add(fold_button(b, fold, label)
                         .set("aria-label", label + " \u2014 " + line.label.in(b.lang())));
            DocNode region = fold_region(b, fold, "doc-inputs");
            if (b.open(fold)) inputs(b, line, region);
            item.add(std::move(region));
        } else if (b.live()) {
            DocNode region = element("div");
            region.set("class", "doc-inputs");
            inputs(b, line, region);
            item.add(std::move(region));
        }
        provenance(b, line, above, notes_shown, item);
        above = &line;
        doc.add(std::move(item));
    }
}

void owning(const Builder& b, DocNode& doc) {
    const Scenario& scenario = b.state.scenario;
    if (!scenario.owning) return;
    const Line& line = *scenario.owning;
    DocNode part = block("doc-owning", "owning");
    part.add(element("h2", line.label.in(b.lang())));
    part.add(paragraph(format_money(owning_usd(scenario), b.currency(), b.lang()), "doc-figure-2"));
    part.add(paragraph(owning_versus(scenario, b.currency(), b.lang(), b.strings)));
    // How it is estimated, its sources and its inputs: folded, as few readers open it.
    const bool open = b.open(kOwningFold);
    if (b.live()) part.add(fold_button(b, kOwningFold, b.t(open ? "owning.hide" : "owning.show")));
    DocNode region = fold_region(b, kOwningFold, "doc-owning-detail");
    if (open) {
        region.add(paragraph(b.t("owning.intro")));
        region.add(paragraph(owning_equation(scenario, b.currency(), b.lang(), b.strings),
                             "doc-equation"));
        std::set<std::string> notes_shown;
        provenance(b, line, nullptr, notes_shown, region);
        if (b.live()) {
            DocNode controls = element("div");
            controls.set("class", "doc-inputs");
            inputs(b, line, controls);
            region.add(std::move(controls));
        }
    }
    part.add(std::move(region));
    doc.add(std::move(part));
}

void ladder(const Builder& b, DocNode& doc) {
    DocNode part = block("doc-ladder", "ladder");
    // The ladder alone is the whole document: its title is the page's heading.
    part.add(element(b.parts.head ? "h2" : "h1", b.t("ladder.title")).set("id", "w:ladder"));
    // A static page has nothing to tap: it says how the list reads instead.
    part.add(paragraph(b.t(b.live() ? "ladder.help" : "ladder.help_static")));
    std::vector<Rung> rungs = shown_rungs(b.catalog, b.state);
    std::reverse(rungs.begin(), rungs.end()); // highest first, as the scale reads from the top
    const Comparison comparison = compare_rungs(rungs, b.state.compare[0], b.state.compare[1]);
    if (comparison.larger) {
        DocNode ratio = element("p");
        ratio.set("class", "doc-ratio");
        ratio.add(element("strong", ratio_text(comparison.ratio, b.lang())));
        ratio.add_text(" " + comparison_sentence(comparison, b.currency(), b.strings, b.lang()));
        part.add(std::move(ratio));
        part.add(paragraph(b.t("ladder.caution"), "doc-note"));
    }
    DocNode list = element("ol");
    list.set("class", "doc-rungs").set("aria-labelledby", "w:ladder");
    for (const Rung& rung : rungs) {
        const bool compared = &rung == comparison.larger || &rung == comparison.smaller;
        const std::string name = rung_label(rung, b.strings, b.lang());
        const std::string figure = rung_text(rung, b.currency(), b.lang());
        DocNode item = element("li");
        if (rung.computed) item.set("class", "doc-current");
        if (b.live()) {
            DocNode choice = button(rung_key(rung.id), {});
            choice.set("aria-pressed", compared ? "true" : "false");
            choice.add(element("span", name)).add_text(" ");
            choice.add(element("strong", figure));
            item.add(std::move(choice));
        } else {
            item.add_text(name + b.t("colon"));
            item.add(element("strong", figure));
        }
        list.add(std::move(item));
    }
    part.add(std::move(list));
    doc.add(std::move(part));
}

void sources(const Builder& b, DocNode& doc) {
    const std::vector<Citation> citations = cited_sources(b.catalog, b.state);
    const std::string count = std::to_string(citations.size());
    DocNode part = block("doc-sources", "sources");
    const bool open = b.open(kSourcesFold);
    if (b.live()) {
        part.add(element("h2").add(
            fold_button(b, kSourcesFold,
                        fill(b.t(open ? "sources.hide" : "sources.show"), {{"count", count}}))));
    } else {
        part.add(element("h2", fill(b.t("sources.show"), {{"count", count}})));
    }
    DocNode region = fold_region(b, kSourcesFold, "doc-source-list");
    if (open) {
        region.add(paragraph(b.t("sources.assumed"), "doc-note"));
        DocNode list = element("ol");
        for (size_t i = 0; i < citations.size(); ++i) {
            const Citation& citation = citations[i];
            DocNode item = element("li");
            item.add(source_link(b, source_key(i),
                                 citation_heading(citation, i, b.lang(), b.strings),
                                 citation.source.url));
            for (const std::string& quote : citation.quotes)
                item.add(paragraph(b.t("quote.open") + quote + b.t("quote.close"), "doc-quote"));
            item.add(paragraph(citation.source.url, "doc-url"));
            list.add(std::move(item));
        }
        region.add(std::move(list));
    }
    part.add(std::move(region));
    doc.add(std::move(part));
}

DocNode choice_group(const Builder& b, const char* label_key, const char* id) {
    DocNode group = element("div");
    group.set("class", "doc-choices").set("role", "group").set("aria-labelledby", id);
    group.add(element("span", b.t(label_key)).set("id", id).set("class", "doc-kicker"));
    return group;
}

void settings(const Builder& b, DocNode& doc) {
    DocNode part = block("doc-settings", "settings");
    if (b.live()) {
        DocNode currencies = choice_group(b, "currency.label", "w:currency");
        for (const Currency& currency : b.catalog.currencies)
            currencies.add(pressed_button(currency_key(currency.code), currency_label(currency),
                                          currency.code == b.state.currency));
        part.add(std::move(currencies));
    }
    DocNode languages = choice_group(b, "lang.label", "w:lang");
    for (const Lang& lang : b.catalog.languages) {
        // Each language names itself, in itself: a reader who cannot read the page finds theirs.
        DocNode name = element(b.live() ? "button" : "a", text(b.strings, lang, "lang.name"));
        name.set("lang", std::string(lang_code(lang)));
        if (b.live()) {
            name.set("type", "button").set("aria-pressed", lang == b.lang() ? "true" : "false");
            keyed(name, lang_key(lang));
        } else {
            name.set("href", static_page_name(b.state.scenario.id, lang, b.state.view))
                .set("hreflang", std::string(lang_code(lang)));
            if (lang == b.lang()) name.set("aria-current", "page");
        }
        languages.add(std::move(name));
    }
    if (b.parts.all_settings || !b.live()) part.add(std::move(languages));
    if (b.live() && b.parts.all_settings) {
        DocNode themes = choice_group(b, "theme.label", "w:theme");
        for (const auto& [theme, name] : kThemeNames)
            themes.add(pressed_button(theme_key(theme), b.t("theme." + std::string(name)),
                                      theme == b.state.theme));
        part.add(std::move(themes));
    }
    if (b.live() && differs_from_defaults(b.state.scenario))
        part.add(button(std::string(kResetKey), b.t("reset")));
    doc.add(std::move(part));
}

} // namespace

std::string static_page_name(std::string_view scenario_id, const Lang& lang, View view) {
    const std::string code(lang_code(lang));
    switch (view) {
    case View::Ladder:
        return "widget-ladder-" + code + ".html";
    case View::Calculator:
        return "widget-calculator-" + std::string(scenario_id) + "-" + code + ".html";
    case View::Full:
        break;
    }
    return "widget-" + std::string(scenario_id) + "-" + code + ".html";
}

DocNode widget_document(const WidgetState& state, const Catalog& catalog, const Strings& strings,
                        DocMode mode, bool narrow) {
    const Builder b{state, catalog, strings, mode, narrow, view_parts(state.view)};
    DocNode doc = element("div");
    doc.set("id", "widget-doc")
        .set("class", "widget-doc")
        .set("lang", std::string(lang_code(state.lang)))
        .set("data-scenario", state.scenario.id)
        .set("data-view", std::string(view_name(state.view)));
    if (!b.live()) {
        // Shown by the page when it is read without JavaScript or the module could not start.
        doc.add(element("noscript").add(paragraph(b.t("doc.noscript"), "doc-status")));
        doc.add(paragraph(b.t("doc.failed"), "doc-status").set("id", "w:failed").set("hidden", ""));
    }
    if (b.live() && !state.warnings.empty()) doc.add(notice(b));
    if (b.parts.picker) doc.add(picker(b));
    if (b.parts.head) total(b, doc);
    if (b.parts.breakdown) breakdown(b, doc);
    if (b.parts.lines) lines(b, doc);
    if (b.parts.owning) owning(b, doc);
    if (b.parts.ladder) ladder(b, doc);
    sources(b, doc);
    settings(b, doc);
    return doc;
}

DocNode data_error_document(const std::string& message, const Lang& lang) {
    DocNode doc = element("div");
    doc.set("id", "widget-doc")
        .set("class", "widget-doc")
        .set("lang", std::string(lang_code(lang)));
    doc.add(paragraph(message, "doc-status").set("role", "alert"));
    return doc;
}

} // namespace aicost
