#include "model/announcement.h"

#include "model/equation.h"
#include "model/ladder.h"
#include "model/number_format.h"
#include "model/view.h"
#include "model/view_texts.h"

namespace aicost {
namespace {

struct InputChange {
    const Line* line;
    const Input* input;
};

// The inputs of `lines` whose values differ in `after` from `before` (same scenario).
std::vector<InputChange> changed_inputs(const Scenario& before, const Scenario& after,
                                        bool owning) {
    std::vector<InputChange> changes;
    for (const Line* line : adjustable_lines(after)) {
        if (is_owning_line(after, line) != owning) continue;
        const Line* old = find_line(before, line->id);
        for (const Input& input : line->inputs) {
            const Input* was = old ? find_input(*old, input.key) : nullptr;
            if (!was || was->value != input.value) changes.push_back({line, &input});
        }
    }
    return changes;
}

std::string describe(const std::vector<InputChange>& changes, const Scenario& after,
                     const Currency& currency, const Lang& lang, const Strings& strings) {
    if (changes.size() > 1 && !differs_from_defaults(after))
        return text(strings, lang, "announce.reset");
    if (changes.size() > 2)
        return fill(text(strings, lang, "announce.many"),
                    {{"count", std::to_string(changes.size())}});
    std::string out;
    for (const InputChange& change : changes) {
        if (!out.empty()) out += "; ";
        out += fill(text(strings, lang, "announce.input"),
                    {{"line", change.line->label.in(lang)},
                     {"input", input_label(*change.input, lang, strings)},
                     {"value", format_input(*change.input, currency, lang, strings)}});
    }
    return out;
}

void sentence(std::string& out, std::string part) {
    if (part.empty()) return;
    if (part.back() != '.') part += '.';
    if (!out.empty()) out += ' ';
    out += part;
}

} // namespace

std::string change_announcement(const WidgetState& before, const WidgetState& after,
                                const Catalog& catalog, const Strings& strings) {
    const Lang& lang = after.lang;
    const Currency& currency = display_currency(after, catalog);
    const std::string total = format_money(scenario_total_usd(after.scenario), currency, lang);
    const std::string dash = " \u2014 ";
    std::string out;
    const bool same_scenario = before.scenario.id == after.scenario.id;
    // The ladder alone shows no total: what it shows again in another currency or language is
    // the comparison.
    const bool shows_total = view_parts(after.view).head;
    const bool restated = before.currency != after.currency || before.lang != after.lang;
    if (shows_total && (!same_scenario || before.lang != after.lang)) {
        sentence(out, fill(text(strings, lang, "announce.scenario"),
                           {{"scenario", after.scenario.title.in(lang)}, {"total", total}}));
    } else if (shows_total) {
        const std::string head = fill(text(strings, lang, "announce.total"), {{"total", total}});
        const auto changes = changed_inputs(before.scenario, after.scenario, false);
        if (!changes.empty())
            sentence(out, head + dash + describe(changes, after.scenario, currency, lang, strings));
        else if (before.currency != after.currency)
            sentence(out, head + dash + currency_label(currency));
        const auto owning = changed_inputs(before.scenario, after.scenario, true);
        if (!owning.empty() && changes.size() <= 1)
            sentence(out,
                     fill(text(strings, lang, "announce.owning"),
                          {{"owning", format_money(owning_usd(after.scenario), currency, lang)}}) +
                         dash + describe(owning, after.scenario, currency, lang, strings));
    }
    if (before.compare != after.compare || (!shows_total && restated)) {
        const std::vector<Rung> rungs = ladder_rungs(catalog, after);
        sentence(out, comparison_sentence(compare_rungs(rungs, after.compare[0], after.compare[1]),
                                          currency, strings, lang));
    }
    if (before.theme != after.theme)
        sentence(out, fill(text(strings, lang, "announce.theme"),
                           {{"theme", text(strings, lang,
                                           "theme." + std::string(theme_name(after.theme)))}}));
    if (after.warnings != before.warnings) {
        // A link with many bad keys is one notice, not a wall of speech.
        const size_t shown = std::min<size_t>(after.warnings.size(), 3);
        for (size_t i = 0; i < shown; ++i)
            sentence(out, warning_message(after.warnings[i], strings, lang));
        sentence(out, more_warnings_text(after.warnings, shown, lang, strings));
    }
    return out;
}

} // namespace aicost
