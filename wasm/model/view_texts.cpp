#include "model/view_texts.h"

#include "model/equation.h"
#include "model/ladder.h"
#include "model/number_format.h"
#include "model/widget_state.h"

#include <cctype>

namespace aicost {

std::string total_detail(const Scenario& scenario, const Lang& lang, const Strings& strings) {
    // Hours for rented or owned runs; a purchase has a fleet size instead.
    std::string detail;
    if (scenario_gpu_hours(scenario) > 0)
        detail = fill(text(strings, lang, "total.gpu_hours"),
                      {{"gpu_hours", format_number(scenario_gpu_hours(scenario), 0, lang)}});
    if (scenario.gpu_count > 0)
        detail += detail.empty() ? text(strings, lang, "total.fleet")
                                 : " " + text(strings, lang, "total.cluster");
    return fill(detail, {{"gpus", format_number(scenario.gpu_count, 0, lang)}});
}

PublishedNotes published_notes(const Scenario& scenario, const PublishedFigure& figure,
                               const Currency& currency, const Lang& lang, const Strings& strings) {
    PublishedNotes notes;
    const double computed = published_computed_usd(scenario, figure);
    const std::string computed_text = format_money(computed, currency, lang);
    const bool table = figure.line_ids.empty() && scenario.table_rounding_gpu_hours > 0;
    if (table)
        notes.details.push_back(
            fill(text(strings, lang, "published.table"), {{"table", computed_text}}));
    const bool whole = figure.line_ids.empty() || figure.line_ids.size() == scenario.lines.size();
    if (!table && (!whole || figure.precision != Precision::Exact))
        notes.details.push_back(
            fill(text(strings, lang, whole ? "published.computed" : "published.computed_lines"),
                 {{"computed", computed_text}}));
    notes.reproduced = reproduces(computed, figure.usd, figure.precision);
    const char* key = !notes.reproduced                         ? "published.differs"
                      : figure.precision == Precision::MoreThan ? "published.match_floor"
                      : figure.precision == Precision::About    ? "published.match_about"
                                                                : "published.match";
    notes.verdict =
        fill(text(strings, lang, key), {{"ratio", ratio_text(computed / figure.usd, lang)}});
    return notes;
}

std::string share_text(double share, const Lang& lang, const Strings& strings) {
    const std::string percent = text(strings, lang, "unit.percent");
    // A share that rounds to zero is still there.
    if (share > 0.0 && share < 0.005) return "< 1" + percent;
    return format_number(share * 100.0, 0, lang) + percent;
}

std::string input_label(const Input& input, const Lang& lang, const Strings& strings) {
    return text(strings, lang, "input." + input.key) + (input.assumed ? "*" : "");
}

std::string citation_text(const char* prefix_key, const Source& source, const Lang& lang,
                          const Strings& strings) {
    return fill(text(strings, lang, "line.source"), {{"prefix", text(strings, lang, prefix_key)},
                                                     {"publisher", source.publisher},
                                                     {"locator", source.locator.in(lang)},
                                                     {"date", source.date}});
}

std::string note_text(const Line& line, bool shown_above, const Lang& lang,
                      const Strings& strings) {
    const std::string& note = line.note.in(lang);
    if (note.empty()) return {};
    bool assumed = false;
    for (const Input& input : line.inputs)
        assumed = assumed || input.assumed;
    const std::string lead = text(strings, lang, assumed ? "note.assumption" : "note.method");
    return lead + (shown_above ? text(strings, lang, "note.above") : note);
}

std::string owning_versus(const Scenario& scenario, const Currency& currency, const Lang& lang,
                          const Strings& strings) {
    const double owned = owning_usd(scenario), rented = scenario_total_usd(scenario);
    return fill(
        text(strings, lang, "owning.versus"),
        {{"ratio", ratio_text(ratio_between(owned, rented), lang)},
         {"direction", text(strings, lang, owned >= rented ? "owning.more" : "owning.less")},
         {"rented", format_money(rented, currency, lang)}});
}

std::string owning_equation(const Scenario& scenario, const Currency& currency, const Lang& lang,
                            const Strings& strings) {
    if (!scenario.owning) return {};
    Input rate;
    rate.value = owning_usd_per_gpu_hour(*scenario.owning);
    rate.unit = InputUnit::UsdPerGpuHour;
    rate.decimals = 2;
    return fill(text(strings, lang, "owning.equation"),
                {{"gpu_hours", format_number(scenario_gpu_hours(scenario), 0, lang)},
                 {"rate", format_input(rate, currency, lang, strings)},
                 {"total", format_money(owning_usd(scenario), currency, lang)}});
}

std::string citation_heading(const Citation& citation, size_t index, const Lang& lang,
                             const Strings& strings) {
    const Source& source = citation.source;
    std::string head = std::to_string(index + 1) + ". " + source.publisher + ", " +
                       text(strings, lang, "quote.open") + source.title +
                       text(strings, lang, "quote.close") + " (" + source.date + ")";
    const std::string& locator = source.locator.in(lang);
    if (!locator.empty()) head += ", " + locator;
    return head + ".";
}

std::string currency_label(const Currency& currency) {
    std::string code = currency.code;
    for (char& c : code)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return currency.symbol + " " + code;
}

std::string more_warnings_text(const Warnings& warnings, size_t shown, const Lang& lang,
                               const Strings& strings) {
    if (warnings.count() <= shown) return {};
    return fill(text(strings, lang, "notice.more"),
                {{"count", format_number(double(warnings.count() - shown), 0, lang)}});
}

std::string data_error_text(const std::string& detail, const Strings& strings, const Lang& lang) {
    const std::string pattern = text(strings, lang, "error.data");
    return pattern == "error.data" ? detail : fill(pattern, {{"detail", detail}});
}

std::string warning_message(const Warning& warning, const Strings& strings, const Lang& lang) {
    return fill(text(strings, lang, "warning." + warning.code),
                {{"key", warning.key}, {"value", warning.value}});
}

std::string result_sentence(const WidgetState& state, const Catalog& catalog,
                            const Strings& strings) {
    const Lang& lang = state.lang;
    const Currency& currency = display_currency(state, catalog);
    std::string sentence =
        fill(text(strings, lang, "sentence.total"),
             {{"scenario", state.scenario.title.in(lang)},
              {"total", format_money(scenario_total_usd(state.scenario), currency, lang)},
              {"gpu_hours", format_number(scenario_gpu_hours(state.scenario), 0, lang)}});
    for (const Line& line : state.scenario.lines)
        sentence += " " + line.label.in(lang) + text(strings, lang, "colon") +
                    line_equation(line, currency, lang, strings) + ".";
    if (state.scenario.owning)
        sentence +=
            " " + fill(text(strings, lang, "sentence.owning"),
                       {{"owning", format_money(owning_usd(state.scenario), currency, lang)}});
    for (const PublishedFigure& figure : state.scenario.published)
        sentence += " " + figure.label.in(lang) + ".";
    // The ladder's comparison, as the canvas states it.
    const std::vector<Rung> rungs = ladder_rungs(catalog, state);
    const std::string compared = comparison_sentence(
        compare_rungs(rungs, state.compare[0], state.compare[1]), currency, strings, lang);
    if (!compared.empty()) sentence += " " + compared;
    return sentence;
}

namespace {

// The prefix a figure's precision puts before it: "> 500 M$", "≈ 6 M$".
std::string figure_text(double usd, Precision precision, const Currency& currency,
                        const Lang& lang) {
    const char* prefix = precision == Precision::MoreThan ? "> "
                         : precision == Precision::About  ? "\u2248 "
                                                          : "";
    return prefix + format_money_compact(usd, currency, lang);
}

} // namespace

std::string rung_text(const Rung& rung, const Currency& currency, const Lang& lang) {
    return figure_text(rung.usd, rung.precision, currency, lang);
}

std::string rung_label(const Rung& rung, const Strings& strings, const Lang& lang) {
    return rung.computed ? text(strings, lang, "ladder.current") : rung.label.in(lang);
}

ScalePosition scale_position(const WidgetState& state, const std::vector<Rung>& rungs) {
    ScalePosition position;
    position.usd = scenario_total_usd(state.scenario);
    for (const Rung& rung : rungs) {
        if (rung.computed || rung.id == state.scenario.id) continue;
        if (rung.usd <= position.usd && (!position.lower || rung.usd >= position.lower->usd))
            position.lower = &rung;
        if (rung.usd > position.usd && (!position.upper || rung.usd < position.upper->usd))
            position.upper = &rung;
    }
    return position;
}

std::string scale_position_text(const ScalePosition& position, const Currency& currency,
                                const Strings& strings, const Lang& lang) {
    const auto named = [&](const char* key) {
        std::vector<std::pair<std::string, std::string>> values;
        if (position.lower)
            values.insert(values.end(),
                          {{"lower", rung_label(*position.lower, strings, lang)},
                           {"lower_figure", rung_text(*position.lower, currency, lang)}});
        if (position.upper)
            values.insert(values.end(),
                          {{"upper", rung_label(*position.upper, strings, lang)},
                           {"upper_figure", rung_text(*position.upper, currency, lang)}});
        return fill(text(strings, lang, key), values);
    };
    if (position.lower && position.upper) return named("position.between");
    if (position.upper) return named("position.below");
    if (position.lower) return named("position.above");
    return {};
}

std::string ratio_times(double ratio, const Lang& lang) {
    if (!(ratio > 0.0)) return "\u2014";
    return format_number(ratio, ratio >= 10 ? 0 : ratio >= 1 ? 1 : 3, lang);
}

std::string comparison_sentence(const Comparison& comparison, const Currency& currency,
                                const Strings& strings, const Lang& lang) {
    if (!comparison.larger || !comparison.smaller) return {};
    return fill(text(strings, lang, "ladder.ratio"),
                {{"big", rung_label(*comparison.larger, strings, lang)},
                 {"big_text", rung_text(*comparison.larger, currency, lang)},
                 {"times", ratio_times(comparison.ratio, lang)},
                 {"small", rung_label(*comparison.smaller, strings, lang)},
                 {"small_text", rung_text(*comparison.smaller, currency, lang)}});
}

std::string ratio_text(double ratio, const Lang& lang) {
    return ratio > 0.0 ? ratio_times(ratio, lang) + "\u00D7" : "\u2014";
}

} // namespace aicost
