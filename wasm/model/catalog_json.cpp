#include "model/catalog_json.h"

#include "model/json_reader.h"
#include "model/number_format.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <set>

namespace aicost {
namespace {

using Json = nlohmann::ordered_json;

// The name errors give the file itself; the CLI puts the path it read in its place.
constexpr const char* kFileName = "scenarios.json";

// Bounds on the numbers that are not inputs (inputs take theirs from their InputSpec).
// A currency unit worth from a millionth of a dollar to a thousand dollars: every currency in
// use (the Kuwaiti dinar is worth about $3.3, the Iranian rial a 42,000th of one).
constexpr double kMinPerUsd = 1e-3;
constexpr double kMaxPerUsd = 1e6;
// A published figure from $1 to $10 trillion; the largest shipped, Stargate, is $500 billion.
constexpr double kMinFigureUsd = 1.0;
constexpr double kMaxFigureUsd = 1e13;

// Collects errors with the JSON path they belong to; every accessor checks types first.
class Reader {
  public:
    using Values = std::vector<std::pair<std::string, std::string>>;

    Reader(std::vector<DataError>& errors, const std::vector<Lang>& languages)
        : errors_(errors), languages_(languages) {}

    // `code` names the text (strings.json's "check.<code>"), `values` what it names.
    void error(const std::string& path, const char* code, Values values = {}) {
        errors_.push_back({path, code, std::move(values)});
    }

    const Json* member(const Json& object, const std::string& path, const char* key,
                       bool required = true) {
        auto it = object.find(key);
        if (it == object.end()) {
            if (required) error(path, "missing", {{"key", key}});
            return nullptr;
        }
        return &*it;
    }

    std::string string(const Json& object, const std::string& path, const char* key,
                       bool required = true) {
        const Json* value = member(object, path, key, required);
        if (!value) return {};
        if (!value->is_string()) {
            error(path + "." + key, "expected_string");
            return {};
        }
        return value->get<std::string>();
    }

    double number(const Json& value, const std::string& path) {
        if (!value.is_number()) {
            error(path, "expected_number");
            return 0.0;
        }
        double number = value.get<double>();
        if (!std::isfinite(number)) error(path, "expected_finite");
        return number;
    }

    // A number from `min` to `max`; `whole`: without decimals.
    double bounded(const Json& value, const std::string& path, double min, double max,
                   bool whole = false) {
        const double number = this->number(value, path);
        if (value.is_number() &&
            (!(number >= min && number <= max) || (whole && number != std::floor(number))))
            error(path, whole ? "expected_whole_range" : "expected_range",
                  {{"min", format_round_trip(min)}, {"max", format_round_trip(max)}});
        return number;
    }

    // A price or a rate: above 0 (a 0 or a sign is the usual slip), and from `min` to `max`.
    double positive(const Json& value, const std::string& path, double min, double max) {
        const double number = this->number(value, path);
        if (!value.is_number()) return number;
        if (!(number > 0.0))
            error(path, "must_be_positive");
        else if (!(number >= min && number <= max))
            error(path, "expected_range",
                  {{"min", format_round_trip(min)}, {"max", format_round_trip(max)}});
        return number;
    }

    // A number as an input `spec` would take it: within its range, with its decimals.
    double like_input(const Json& value, const std::string& path, const InputSpec& spec) {
        return bounded(value, path, spec.min, spec.max, spec.decimals == 0);
    }

    // Whether `object` has `key` as a string (possibly empty).
    static bool has_string(const Json& object, const char* key) {
        auto it = object.find(key);
        return it != object.end() && it->is_string();
    }

    LocalizedText text(const Json& object, const std::string& path, const char* key,
                       bool required = true) {
        const Json* value = member(object, path, key, required);
        if (!value) return {};
        const std::string here = path + "." + key;
        if (!value->is_object() || value->empty()) {
            error(here, "expected_texts");
            return {};
        }
        LocalizedText out;
        for (auto it = value->begin(); it != value->end(); ++it)
            out.set(it.key(), string(*value, here, it.key().c_str()));
        // Every language of strings.json, so no reader meets a text in another language.
        for (const Lang& lang : languages_)
            if (!value->contains(lang.code)) error(here, "missing_language", {{"lang", lang.code}});
        return out;
    }

    // Calls `read(object, path)` for each object of the array `list` at `path`.
    template <typename Read>
    void each_object(const Json& list, const std::string& path, Read read) {
        if (!list.is_array()) {
            error(path, "expected_array");
            return;
        }
        for (size_t i = 0; i < list.size(); ++i) {
            const std::string here = path + "[" + std::to_string(i) + "]";
            if (list[i].is_object())
                read(list[i], here);
            else
                error(here, "expected_object");
        }
    }

  private:
    std::vector<DataError>& errors_;
    const std::vector<Lang>& languages_;
};

Source read_source(Reader& r, const Json& json, const std::string& path) {
    Source source;
    if (!json.is_object()) {
        r.error(path, "expected_object");
        return source;
    }
    source.publisher = r.string(json, path, "publisher");
    source.title = r.string(json, path, "title");
    source.date = r.string(json, path, "date");
    source.url = r.string(json, path, "url");
    source.locator = r.text(json, path, "locator", false);
    if (!source.url.empty() && source.url.rfind("https://", 0) != 0)
        r.error(path + ".url", "url_https");
    return source;
}

using SourceMap = std::map<std::string, Source>;

// A source is referenced by its id in "sources".
Source source_ref(Reader& r, const Json& object, const std::string& path, const SourceMap& sources,
                  bool required = true) {
    std::string id = r.string(object, path, "source", required);
    if (id.empty() && !Reader::has_string(object, "source")) return {};
    auto it = sources.find(id);
    if (it == sources.end()) {
        r.error(path + ".source", "unknown_source", {{"id", id}});
        return {};
    }
    return it->second;
}

Input read_input(Reader& r, const std::string& key, const Json& json, const std::string& path) {
    Input input;
    input.key = key;
    const InputSpec* spec = find_input_spec(key);
    if (!spec) {
        r.error(path, "unknown_input", {{"known", known_input_keys()}});
        return input;
    }
    input.unit = spec->unit;
    input.min = spec->min;
    input.max = spec->max;
    input.logarithmic = spec->logarithmic;
    input.decimals = spec->decimals;
    // A value the slider cannot hold would change as soon as the reader touched it.
    const double scale = std::pow(10.0, input.decimals);
    auto check_decimals = [&](double value, const std::string& here) {
        if (std::fabs(std::round(value * scale) / scale - value) >
            1e-9 * std::max(1.0, std::fabs(value)))
            r.error(here, "too_many_decimals", {{"decimals", std::to_string(input.decimals)}});
    };
    if (json.is_object()) { // { "value": 512, "min": 1, "max": 4096 }
        for (auto it = json.begin(); it != json.end(); ++it)
            if (it.key() != "value" && it.key() != "min" && it.key() != "max")
                r.error(path + "." + it.key(), "unknown_input_key");
        if (const Json* v = r.member(json, path, "value"))
            input.value = r.number(*v, path + ".value");
        // A narrower range for this line's slider, never a wider one: the spec's range keeps
        // every product far from overflow.
        if (auto it = json.find("min"); it != json.end()) {
            input.min = r.number(*it, path + ".min");
            if (input.min < spec->min)
                r.error(path + ".min", "below_input_min", {{"min", format_round_trip(spec->min)}});
            check_decimals(input.min, path + ".min");
        }
        if (auto it = json.find("max"); it != json.end()) {
            input.max = r.number(*it, path + ".max");
            if (input.max > spec->max)
                r.error(path + ".max", "above_input_max", {{"max", format_round_trip(spec->max)}});
            check_decimals(input.max, path + ".max");
        }
    } else {
        input.value = r.number(json, path);
    }
    // A logarithmic slider cannot reach 0; a linear one (shares, PUE) may start there.
    if (!(input.min < input.max) || input.min < 0.0 || (input.logarithmic && !(input.min > 0.0)))
        r.error(path, input.logarithmic ? "range_log" : "range_linear");
    else if (input.value < input.min || input.value > input.max)
        r.error(path, "value_outside_range");
    check_decimals(input.value, path);
    input.default_value = input.value;
    return input;
}

// "assumed": the inputs no source gives, and "note": why they have their values.
void read_assumptions(Reader& r, const Json& json, const std::string& path, Line& line) {
    line.note = r.text(json, path, "note", false);
    auto it = json.find("assumed");
    if (it == json.end()) return;
    if (!it->is_array()) {
        r.error(path + ".assumed", "expected_input_names");
        return;
    }
    for (const Json& key : *it) {
        Input* input = key.is_string() ? find_input(line, key.get<std::string>()) : nullptr;
        if (!input)
            r.error(path + ".assumed", "not_an_input", {{"input", key.dump()}});
        else
            input->assumed = true;
    }
    if (line.note.texts.empty() ||
        std::any_of(line.note.texts.begin(), line.note.texts.end(),
                    [](const auto& entry) { return entry.second.empty(); }))
        r.error(path + ".note", "assumed_needs_note");
}

// What an id may hold. A line's id never holds a '.': links name inputs "line.input". A
// scenario or marker may ("llama-3.1-405b"), as versions are written.
enum class IdKind { Line, Figure };

bool valid_id(const std::string& id, IdKind kind) {
    if (id.empty() || id.front() == '.' || id.back() == '.') return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              (c == '.' && kind == IdKind::Figure)))
            return false;
    return true;
}

// The "id" of a scenario, line or marker: permalinks and embed codes carry it.
std::string read_id(Reader& r, const Json& json, const std::string& path, IdKind kind) {
    std::string id = r.string(json, path, "id");
    if (Reader::has_string(json, "id") && !valid_id(id, kind))
        r.error(path + ".id", kind == IdKind::Line ? "line_id_chars" : "figure_id_chars");
    return id;
}

// Reads a scenario line, or (`owning`) an owning block, whose id and kind are fixed.
Line read_line(Reader& r, const Json& json, const std::string& path, const SourceMap& sources,
               bool owning = false) {
    Line line;
    if (!json.is_object()) {
        r.error(path, "expected_object");
        return line;
    }
    bool kind_known = true;
    if (owning) {
        line.id = "owning";
        line.kind = LineKind::Ownership;
    } else {
        line.id = read_id(r, json, path, IdKind::Line);
        // Permalinks name the owning block's inputs "owning.<input>": a line so named would
        // take them.
        if (line.id == "owning") r.error(path + ".id", "owning_reserved");
        const std::string kind = r.string(json, path, "kind");
        const std::optional<LineKind> parsed = parse_line_kind(kind);
        kind_known = parsed.has_value();
        if (parsed)
            line.kind = *parsed;
        else if (!kind.empty())
            r.error(path + ".kind", "unknown_kind",
                    {{"kind", kind}, {"known", list_names(line_kinds())}});
    }
    line.label = r.text(json, path, "label");
    line.source = source_ref(r, json, path, sources);
    if (auto it = json.find("more_sources"); it != json.end()) {
        if (!it->is_array()) r.error(path + ".more_sources", "expected_source_ids");
        for (const Json& id : it->is_array() ? *it : Json::array()) {
            auto found = id.is_string() ? sources.find(id.get<std::string>()) : sources.end();
            if (found == sources.end())
                r.error(path + ".more_sources", "unknown_source_ref", {{"id", id.dump()}});
            else
                line.more_sources.push_back(found->second);
        }
    }

    const std::string inputs_path = path + ".inputs";
    const Json* inputs = r.member(json, path, "inputs");
    if (inputs && !inputs->is_object()) r.error(inputs_path, "expected_object");
    if (inputs && inputs->is_object())
        for (auto it = inputs->begin(); it != inputs->end(); ++it)
            line.inputs.push_back(
                read_input(r, it.key(), it.value(), inputs_path + "." + it.key()));

    // The inputs its kind takes (line_kinds.cpp), each problem at the path of its input; a line
    // without a kind is not held to the first kind's.
    for (const InputProblem& problem :
         kind_known ? check_kind_inputs(line, owning) : std::vector<InputProblem>{})
        r.error(problem.key.empty() ? inputs_path : inputs_path + "." + problem.key,
                problem.code.c_str(), problem.values);
    read_assumptions(r, json, path, line);
    return line;
}

Precision read_precision(Reader& r, const Json& json, const std::string& path) {
    const std::string name = r.string(json, path, "precision", false);
    if (name.empty()) return Precision::Exact;
    if (auto precision = parse_precision(name)) return *precision;
    // "exact", "about" or "more-than": the last after the language's "or".
    std::string names;
    for (std::size_t i = 0; i + 1 < std::size(kPrecisionNames); ++i)
        names += (i ? ", \"" : "\"") + std::string(kPrecisionNames[i].name) + "\"";
    r.error(path + ".precision", "expected_precision",
            {{"names", names},
             {"last", "\"" + std::string(std::end(kPrecisionNames)[-1].name) + "\""}});
    return Precision::Exact;
}

// The parts a published figure and a ladder marker share.
template <typename Figure>
void read_figure(Reader& r, const Json& json, const std::string& path, const SourceMap& sources,
                 Figure& figure) {
    if (const Json* usd = r.member(json, path, "usd"))
        figure.usd = r.positive(*usd, path + ".usd", kMinFigureUsd, kMaxFigureUsd);
    figure.precision = read_precision(r, json, path);
    figure.label = r.text(json, path, "label");
    figure.quote = r.string(json, path, "quote", false);
    constexpr std::size_t kMaxQuote = 160;
    if (figure.quote.size() > kMaxQuote)
        r.error(path + ".quote", "quote_too_long", {{"max", std::to_string(kMaxQuote)}});
    figure.source = source_ref(r, json, path, sources);
}

PublishedFigure read_published(Reader& r, const Json& json, const std::string& path,
                               const SourceMap& sources, const Scenario& scenario) {
    PublishedFigure figure;
    if (!json.is_object()) {
        r.error(path, "expected_object");
        return figure;
    }
    read_figure(r, json, path, sources, figure);
    if (auto it = json.find("lines"); it != json.end()) {
        if (!it->is_array()) r.error(path + ".lines", "expected_line_ids");
        for (size_t i = 0; it->is_array() && i < it->size(); ++i) {
            const Json& id = (*it)[i];
            const bool known =
                id.is_string() &&
                std::any_of(scenario.lines.begin(), scenario.lines.end(),
                            [&](const Line& line) { return line.id == id.get<std::string>(); });
            if (!known)
                r.error(path + ".lines", "not_a_line", {{"id", id.dump()}});
            else if (std::count(figure.line_ids.begin(), figure.line_ids.end(),
                                id.get<std::string>()) != 0)
                r.error(path + ".lines[" + std::to_string(i) + "]", "line_listed_twice",
                        {{"id", id.dump()}});
            else
                figure.line_ids.push_back(id.get<std::string>());
        }
    }
    return figure;
}

using OwningMap = std::map<std::string, Line>;

Scenario read_scenario(Reader& r, const Json& json, const std::string& path,
                       const SourceMap& sources, const OwningMap& owning) {
    Scenario scenario;
    if (!json.is_object()) {
        r.error(path, "expected_object");
        return scenario;
    }
    scenario.id = read_id(r, json, path, IdKind::Figure);
    scenario.title = r.text(json, path, "title");
    scenario.summary = r.text(json, path, "summary");
    // A cluster as large as a purchase line may buy, and a rounding step no larger than a
    // line's GPU-hours may be; to have none, leave either out.
    if (auto it = json.find("gpu_count"); it != json.end())
        scenario.gpu_count = r.like_input(*it, path + ".gpu_count", *find_input_spec("units"));
    if (auto it = json.find("table_rounding_gpu_hours"); it != json.end())
        scenario.table_rounding_gpu_hours =
            r.like_input(*it, path + ".table_rounding_gpu_hours", *find_input_spec("gpu_hours"));
    scenario.short_title = r.text(json, path, "short", false);
    if (scenario.short_title.empty()) scenario.short_title = scenario.title;

    const Json* lines = r.member(json, path, "lines");
    if (lines && (!lines->is_array() || lines->empty()))
        r.error(path + ".lines", "expected_nonempty_array");
    if (lines && lines->is_array()) {
        std::set<std::string> ids;
        for (size_t i = 0; i < lines->size(); ++i) {
            const std::string here = path + ".lines[" + std::to_string(i) + "]";
            Line line = read_line(r, (*lines)[i], here, sources);
            if (!ids.insert(line.id).second)
                r.error(here + ".id", "duplicate_line_id", {{"id", line.id}});
            scenario.lines.push_back(std::move(line));
        }
    }
    // One figure or several: "published": { … } or [{ … }, { … }].
    if (auto it = json.find("published"); it != json.end()) {
        const bool list = it->is_array();
        for (size_t i = 0; i < (list ? it->size() : 1); ++i) {
            const std::string here =
                path + ".published" + (list ? "[" + std::to_string(i) + "]" : "");
            scenario.published.push_back(
                read_published(r, list ? (*it)[i] : *it, here, sources, scenario));
        }
    }
    if (auto it = json.find("owning"); it != json.end()) {
        const std::string here = path + ".owning";
        auto block = it->is_string() ? owning.find(it->get<std::string>()) : owning.end();
        if (block == owning.end())
            r.error(here, "expected_owning_id");
        else
            scenario.owning = block->second;
    }
    return scenario;
}

void read_markers(Reader& r, const Json& root, const SourceMap& sources, Catalog& catalog) {
    auto it = root.find("markers");
    if (it == root.end()) return;
    r.each_object(*it, "markers", [&](const Json& json, const std::string& here) {
        Marker marker;
        marker.id = read_id(r, json, here, IdKind::Figure);
        if (find_scenario(catalog, marker.id) || find_marker(catalog, marker.id))
            r.error(here + ".id", "id_taken", {{"id", marker.id}});
        read_figure(r, json, here, sources, marker);
        catalog.markers.push_back(std::move(marker));
    });
}

// "ladder": { "compare": ["semianalysis-fleet", "r1-with-base"] }, the pair shown at first.
void read_ladder(Reader& r, const Json& root, Catalog& catalog) {
    auto it = root.find("ladder");
    if (it == root.end()) return;
    auto compare = it->is_object() ? it->find("compare") : it->end();
    if (!it->is_object() || compare == it->end() || !compare->is_array() || compare->size() != 2) {
        r.error("ladder", "expected_compare");
        return;
    }
    for (size_t i = 0; i < 2; ++i) {
        const Json& id = (*compare)[i];
        const std::string value = id.is_string() ? id.get<std::string>() : id.dump();
        if (!find_scenario(catalog, value) && !find_marker(catalog, value))
            r.error("ladder.compare[" + std::to_string(i) + "]", "not_a_figure", {{"id", value}});
        else
            catalog.compare_default[i] = value;
    }
    if (catalog.compare_default[0] == catalog.compare_default[1] &&
        !catalog.compare_default[0].empty())
        r.error("ladder.compare", "compare_same");
}

void read_catalog(std::string_view json_text, const std::vector<Lang>& languages,
                  CatalogParse& result) {
    Reader r(result.problems, languages);
    // The reader's default limits (4 MiB, 32 levels, 200,000 values) are over a hundred times
    // what the shipped file uses (25 kB, 6 levels, about 500 values).
    JsonRead read = read_json(json_text, JsonLimits{});
    if (!read.ok()) {
        result.problems.push_back(data_error(read.error, kFileName));
        return;
    }
    const Json& root = read.value;
    if (!root.is_object()) {
        r.error(kFileName, "expected_top_object");
        return;
    }
    // Exactly the integer 1: a wider one (4294967297) must not wrap to it.
    const Json* format = r.member(root, kFileName, "format");
    if (format && !(format->is_number_unsigned() && format->get<std::uint64_t>() == 1))
        r.error("format", "unsupported_format");

    SourceMap sources;
    if (const Json* list = r.member(root, kFileName, "sources")) {
        if (!list->is_object())
            r.error("sources", "expected_sources_object");
        else
            for (auto it = list->begin(); it != list->end(); ++it)
                sources[it.key()] = read_source(r, it.value(), "sources." + it.key());
    }

    if (const Json* list = r.member(root, kFileName, "currencies"))
        r.each_object(*list, "currencies", [&](const Json& json, const std::string& here) {
            Currency currency;
            currency.code = r.string(json, here, "code");
            if (!currency.code.empty() && find_currency(result.catalog, currency.code))
                r.error(here + ".code", "duplicate_currency", {{"code", currency.code}});
            currency.symbol = r.string(json, here, "symbol");
            if (const Json* rate = r.member(json, here, "per_usd"))
                currency.per_usd = r.positive(*rate, here + ".per_usd", kMinPerUsd, kMaxPerUsd);
            currency.source = source_ref(r, json, here, sources, false);
            result.catalog.currencies.push_back(std::move(currency));
        });
    if (result.catalog.currencies.empty() || result.catalog.currencies.front().code != "usd" ||
        result.catalog.currencies.front().per_usd != 1.0)
        r.error("currencies", "first_currency_usd");

    OwningMap owning;
    if (auto it = root.find("owning"); it != root.end()) {
        if (!it->is_object())
            r.error("owning", "expected_owning_object");
        else
            for (auto block = it->begin(); block != it->end(); ++block)
                owning[block.key()] =
                    read_line(r, block.value(), "owning." + block.key(), sources, true);
    }

    const Json* scenarios = r.member(root, kFileName, "scenarios");
    if (scenarios && (!scenarios->is_array() || scenarios->empty()))
        r.error("scenarios", "expected_nonempty_array");
    if (scenarios && scenarios->is_array()) {
        std::set<std::string> ids;
        for (size_t i = 0; i < scenarios->size(); ++i) {
            const std::string here = "scenarios[" + std::to_string(i) + "]";
            Scenario scenario = read_scenario(r, (*scenarios)[i], here, sources, owning);
            if (!ids.insert(scenario.id).second)
                r.error(here + ".id", "duplicate_scenario_id", {{"id", scenario.id}});
            result.catalog.scenarios.push_back(std::move(scenario));
        }
    }
    read_markers(r, root, sources, result.catalog);
    read_ladder(r, root, result.catalog);
}

} // namespace

CatalogParse parse_catalog(std::string_view json_text, const std::vector<Lang>& languages) {
    CatalogParse result;
    read_catalog(json_text, languages, result);
    if (!result.ok()) result.catalog = Catalog{};
    result.catalog.languages = languages;
    for (const DataError& problem : result.problems)
        result.errors.push_back(describe(problem));
    return result;
}

} // namespace aicost
