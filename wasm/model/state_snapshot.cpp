#include "model/state_snapshot.h"

#include "model/equation.h"
#include "model/ladder.h"
#include "model/number_format.h"
#include "model/view_texts.h"

#include <nlohmann/json.hpp>

namespace aicost {
namespace {

using OrderedJson = nlohmann::ordered_json;

OrderedJson source_json(const Source& source, const Lang& lang) {
    return {{"publisher", source.publisher},
            {"title", source.title},
            {"date", source.date},
            {"url", source.url},
            {"locator", source.locator.in(lang)}};
}

OrderedJson line_json(const Line& line, const WidgetState& state, const Catalog& catalog,
                      const Strings& strings) {
    OrderedJson inputs = OrderedJson::object();
    OrderedJson assumed = OrderedJson::array();
    for (const Input& input : line.inputs) {
        inputs[input.key] = input.value;
        if (input.assumed) assumed.push_back(input.key);
    }
    OrderedJson out = {
        {"id", line.id},
        {"kind", line_kind_name(line.kind)},
        {"inputs", inputs},
        {"gpu_hours", line_gpu_hours(line)},
        {"usd", line_usd(line)},
        {"label", line.label.in(state.lang)},
        {"equation", line_equation(line, display_currency(state, catalog), state.lang, strings)},
        {"source", source_json(line.source, state.lang)}};
    if (!assumed.empty()) {
        out["assumed"] = assumed;
        out["note"] = line.note.in(state.lang);
    }
    return out;
}

} // namespace

std::string state_json(const WidgetState& state, const Catalog& catalog, const Strings& strings,
                       std::string_view permalink) {
    using Json = OrderedJson;
    const Scenario& scenario = state.scenario;
    const Lang& lang = state.lang;
    const Currency& currency = display_currency(state, catalog);
    Json lines = Json::array();
    for (const Line& line : scenario.lines)
        lines.push_back(line_json(line, state, catalog, strings));

    Json published = Json::array();
    for (const PublishedFigure& figure : scenario.published) {
        const double computed = published_computed_usd(scenario, figure);
        published.push_back({{"usd", figure.usd},
                             {"precision", precision_name(figure.precision)},
                             {"label", figure.label.in(lang)},
                             {"quote", figure.quote},
                             {"lines", figure.line_ids},
                             {"computed_usd", computed},
                             {"reproduced", reproduces(computed, figure.usd, figure.precision)},
                             {"source", source_json(figure.source, lang)}});
    }

    Json owning = nullptr;
    if (scenario.owning) {
        owning = line_json(*scenario.owning, state, catalog, strings);
        owning["gpu_hours"] = scenario_gpu_hours(scenario);
        owning["usd"] = owning_usd(scenario);
        // The line's own equation would multiply its inputs alone ("= $0"): the owning figure
        // comes from the scenario's GPU-hours.
        owning["equation"] = owning_equation(scenario, currency, lang, strings);
        owning["usd_per_gpu_hour"] = owning_usd_per_gpu_hour(*scenario.owning);
        owning["ratio_to_total"] =
            ratio_between(owning_usd(scenario), scenario_total_usd(scenario));
    }

    const std::vector<Rung> rungs = ladder_rungs(catalog, state);
    Json ladder = Json::array();
    for (const Rung& rung : rungs) {
        Json item = {{"id", rung.id},
                     {"label", rung_label(rung, strings, lang)},
                     {"usd", rung.usd},
                     {"precision", precision_name(rung.precision)},
                     {"text", rung_text(rung, currency, lang)},
                     {"position", ladder_position(rung.usd)},
                     {"computed", rung.computed},
                     {"compared", rung.id == state.compare[0] || rung.id == state.compare[1]}};
        if (!rung.computed) item["source"] = source_json(rung.source, lang);
        ladder.push_back(item);
    }
    const double ratio = compare_rungs(rungs, state.compare[0], state.compare[1]).ratio;
    Json compare = {{"ids", {state.compare[0], state.compare[1]}},
                    {"ratio", ratio},
                    {"text", ratio_text(ratio, lang)}};

    Json warnings = Json::array(); // the kept ones; "warnings_count" counts them all
    for (const Warning& warning : state.warnings)
        warnings.push_back({{"code", warning.code},
                            {"key", warning.key},
                            {"message", warning_message(warning, strings, lang)}});
    Json scenarios = Json::array();
    for (const Scenario& entry : catalog.scenarios) {
        Json item = {{"id", entry.id},
                     {"title", entry.title.in(lang)},
                     {"default_total_usd", scenario_total_usd(entry)}};
        if (!entry.published.empty()) item["published_usd"] = entry.published.front().usd;
        scenarios.push_back(item);
    }
    Json currencies = Json::array();
    for (const Currency& entry : catalog.currencies)
        currencies.push_back(entry.code);

    Json out = {{"scenario", scenario.id},
                {"title", scenario.title.in(lang)},
                {"lang", lang_code(lang)},
                {"currency", state.currency},
                {"theme", theme_name(state.theme)},
                {"view", view_name(state.view)},
                {"lines", lines},
                {"owning", owning},
                {"total_usd", scenario_total_usd(scenario)},
                {"total_gpu_hours", scenario_gpu_hours(scenario)},
                {"table_usd", scenario_table_usd(scenario)},
                {"published_usd",
                 scenario.published.empty() ? Json() : Json(scenario.published.front().usd)},
                {"published", published},
                {"total_text", format_money(scenario_total_usd(scenario), currency, lang)},
                {"sentence", result_sentence(state, catalog, strings)},
                {"ladder", ladder},
                {"compare", compare},
                {"permalink", permalink},
                {"warnings", warnings},
                {"warnings_count", state.warnings.count()},
                {"scenarios", scenarios},
                {"currencies", currencies}};
    // Inputs are clamped, so every number here is finite; dump() would write null otherwise.
    return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace aicost
