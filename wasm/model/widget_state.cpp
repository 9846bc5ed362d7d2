#include "model/widget_state.h"

#include "model/equation.h"
#include "model/json_reader.h"
#include "model/ladder.h"
#include "model/number_format.h"
#include "model/view_texts.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace aicost {

bool operator==(const Warning& a, const Warning& b) {
    return a.code == b.code && a.key == b.key && a.value == b.value;
}

std::string shorten(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end; // back to the start of the character that would be split
    return std::string(text.substr(0, end)) + "\u2026";
}

void Warnings::add(std::string_view code, std::string_view key, std::string_view value) {
    ++count_;
    if (kept_.size() < kMaxWarnings)
        kept_.push_back({std::string(code), shorten(key), shorten(value)});
}

std::string_view theme_name(Theme theme) {
    switch (theme) {
    case Theme::Auto:
        return "auto";
    case Theme::Light:
        return "light";
    case Theme::Dark:
        return "dark";
    }
    return "auto";
}

std::optional<Theme> parse_theme(std::string_view name) {
    for (Theme theme : {Theme::Auto, Theme::Light, Theme::Dark})
        if (theme_name(theme) == name) return theme;
    return std::nullopt;
}

WidgetState default_state(const Catalog& catalog, Lang lang) {
    WidgetState state;
    state.lang = lang;
    if (!catalog.scenarios.empty()) state.scenario = catalog.scenarios.front();
    state.compare = {catalog.compare_default[0], catalog.compare_default[1]};
    // A catalog without a "ladder" entry compares the reader's total with the first scenario.
    if (state.compare[0].empty() || state.compare[1].empty())
        state.compare = {std::string(kCurrentRung), state.scenario.id};
    return state;
}

bool pick_rung(WidgetState& state, const Catalog& catalog, std::string_view id) {
    if (!is_rung_id(catalog, id)) return false;
    if (state.compare[0] == id || state.compare[1] == id) return true;
    state.compare = {state.compare[1], std::string(id)};
    return true;
}

bool set_compare(WidgetState& state, const Catalog& catalog, std::string_view a,
                 std::string_view b) {
    if (a == b || !is_rung_id(catalog, a) || !is_rung_id(catalog, b)) return false;
    state.compare = {std::string(a), std::string(b)};
    return true;
}

bool select_scenario(WidgetState& state, const Catalog& catalog, std::string_view id) {
    const Scenario* scenario = find_scenario(catalog, id);
    if (!scenario) return false;
    state.scenario = *scenario;
    return true;
}

bool set_input(WidgetState& state, std::string_view line_id, std::string_view key, double value,
               Rounding rounding) {
    Line* line = find_line(state.scenario, line_id);
    Input* input = line ? find_input(*line, key) : nullptr;
    const std::string where = std::string(line_id) + "." + std::string(key);
    if (!input) {
        state.warnings.add(line ? "unknown-input" : "unknown-line", where);
        return false;
    }
    if (!std::isfinite(value)) {
        state.warnings.add("bad-number", where, format_round_trip(value));
        return false;
    }
    double clamped = std::clamp(value, input->min, input->max);
    if (clamped != value) state.warnings.add("out-of-range", where, format_round_trip(value));
    const double scale = std::pow(10.0, input->decimals);
    input->value = std::clamp(std::round(clamped * scale) / scale, input->min, input->max);
    // A link's 511.5 GPUs shown as 512 would change the figure without a word; a slider's own
    // positions are rounded on purpose. The tolerance absorbs binary noise (0.1 + 0.2).
    if (rounding == Rounding::Reported && clamped == value &&
        std::fabs(input->value - value) > 1e-9 * std::max(1.0, std::fabs(value)))
        state.warnings.add("rounded", where, format_round_trip(value));
    return true;
}

double display_value(const Input& input, const Currency& currency) {
    return is_money(input.unit) ? input.value * currency.per_usd : input.value;
}

bool set_input_in_display_units(WidgetState& state, const Catalog& catalog,
                                std::string_view line_id, std::string_view key,
                                double shown_value) {
    const Line* line = find_line(state.scenario, line_id);
    const Input* input = line ? find_input(*line, key) : nullptr;
    const bool money = input && is_money(input->unit);
    return set_input(state, line_id, key,
                     money ? shown_value / display_currency(state, catalog).per_usd : shown_value);
}

namespace {

// setState() takes whatever a host page sends. A real state is a few hundred bytes, four levels
// deep with one value per input: anything far beyond is refused before it is built.
constexpr JsonLimits kStateLimits{64 * 1024, 8, 2000};

const char* refusal_code(JsonError::Kind kind) {
    switch (kind) {
    case JsonError::Kind::TooLarge:
        return "state-too-large";
    case JsonError::Kind::TooDeep:
        return "state-too-deep";
    case JsonError::Kind::TooManyValues:
        return "state-too-many";
    default:
        return "invalid-state";
    }
}

std::string refusal_limit(JsonError::Kind kind) {
    switch (kind) {
    case JsonError::Kind::TooLarge:
        return std::to_string(kStateLimits.max_bytes);
    case JsonError::Kind::TooDeep:
        return std::to_string(kStateLimits.max_depth);
    case JsonError::Kind::TooManyValues:
        return std::to_string(kStateLimits.max_values);
    default:
        return {};
    }
}

} // namespace

void apply_state_json(WidgetState& state, const Catalog& catalog, std::string_view json_text) {
    using Json = nlohmann::ordered_json;
    state.warnings.clear();
    JsonRead read = read_json(json_text, kStateLimits);
    if (!read.ok() || !read.value.is_object()) {
        state.warnings.add(refusal_code(read.error.kind), "", refusal_limit(read.error.kind));
        return;
    }
    const Json& root = read.value;
    auto string_member = [&](const char* key, std::string& out) {
        auto it = root.find(key);
        if (it == root.end()) return false;
        if (!it->is_string()) {
            state.warnings.add("bad-value", key, it->dump());
            return false;
        }
        out = it->get<std::string>();
        return true;
    };
    std::string value;
    if (string_member("scenario", value) && value != state.scenario.id &&
        !select_scenario(state, catalog, value))
        state.warnings.add("unknown-scenario", "scenario", value);
    if (string_member("lang", value)) {
        if (auto lang = parse_lang(value))
            state.lang = *lang;
        else
            state.warnings.add("bad-lang", "lang", value);
    }
    if (string_member("currency", value)) {
        if (find_currency(catalog, value))
            state.currency = value;
        else
            state.warnings.add("bad-currency", "currency", value);
    }
    if (string_member("theme", value)) {
        if (auto theme = parse_theme(value))
            state.theme = *theme;
        else
            state.warnings.add("bad-theme", "theme", value);
    }
    if (auto compare = root.find("compare"); compare != root.end()) {
        const bool pair = compare->is_array() && compare->size() == 2 &&
                          (*compare)[0].is_string() && (*compare)[1].is_string();
        if (!pair || !set_compare(state, catalog, (*compare)[0].get<std::string>(),
                                  (*compare)[1].get<std::string>()))
            state.warnings.add("bad-compare", "compare", compare->dump());
    }
    auto lines = root.find("lines");
    if (lines == root.end()) return;
    if (!lines->is_array()) {
        state.warnings.add("bad-value", "lines", "");
        return;
    }
    for (const Json& line : *lines) {
        auto id = line.is_object() ? line.find("id") : line.end();
        auto inputs = line.is_object() ? line.find("inputs") : line.end();
        if (id == line.end() || !id->is_string() || inputs == line.end() || !inputs->is_object()) {
            state.warnings.add("bad-value", "lines", line.dump());
            continue;
        }
        const std::string line_id = id->get<std::string>();
        for (auto it = inputs->begin(); it != inputs->end(); ++it) {
            if (!it->is_number()) {
                state.warnings.add("bad-number", line_id + "." + it.key(), it->dump());
                continue;
            }
            set_input(state, line_id, it.key(), it->get<double>(), Rounding::Reported);
        }
    }
}

const Currency& display_currency(const WidgetState& state, const Catalog& catalog) {
    static const Currency kUsd{"usd", "$", 1.0, {}};
    if (const Currency* currency = find_currency(catalog, state.currency)) return *currency;
    return catalog.currencies.empty() ? kUsd : catalog.currencies.front();
}

std::string warning_message(const Warning& warning, const Strings& strings, Lang lang) {
    return fill(text(strings, lang, "warning." + warning.code),
                {{"key", warning.key}, {"value", warning.value}});
}

std::string result_sentence(const WidgetState& state, const Catalog& catalog,
                            const Strings& strings) {
    const Lang lang = state.lang;
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

using OrderedJson = nlohmann::ordered_json;

OrderedJson source_json(const Source& source, Lang lang) {
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

// The prefix a figure's precision puts before it: "> 500 M$", "≈ 6 M$".
std::string figure_text(double usd, Precision precision, const Currency& currency, Lang lang) {
    const char* prefix = precision == Precision::MoreThan ? "> "
                         : precision == Precision::About  ? "\u2248 "
                                                          : "";
    return prefix + format_money_compact(usd, currency, lang);
}

} // namespace

std::string rung_text(const Rung& rung, const Currency& currency, Lang lang) {
    return figure_text(rung.usd, rung.precision, currency, lang);
}

std::string rung_label(const Rung& rung, const Strings& strings, Lang lang) {
    return rung.computed ? text(strings, lang, "ladder.current") : rung.label.in(lang);
}

std::string ratio_times(double ratio, Lang lang) {
    if (!(ratio > 0.0)) return "\u2014";
    return format_number(ratio, ratio >= 10 ? 0 : ratio >= 1 ? 1 : 3, lang);
}

std::string comparison_sentence(const Comparison& comparison, const Currency& currency,
                                const Strings& strings, Lang lang) {
    if (!comparison.larger || !comparison.smaller) return {};
    return fill(text(strings, lang, "ladder.ratio"),
                {{"big", rung_label(*comparison.larger, strings, lang)},
                 {"big_text", rung_text(*comparison.larger, currency, lang)},
                 {"times", ratio_times(comparison.ratio, lang)},
                 {"small", rung_label(*comparison.smaller, strings, lang)},
                 {"small_text", rung_text(*comparison.smaller, currency, lang)}});
}

std::string ratio_text(double ratio, Lang lang) {
    return ratio > 0.0 ? ratio_times(ratio, lang) + "\u00D7" : "\u2014";
}

std::string state_json(const WidgetState& state, const Catalog& catalog, const Strings& strings,
                       std::string_view permalink) {
    using Json = OrderedJson;
    const Scenario& scenario = state.scenario;
    const Lang lang = state.lang;
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
