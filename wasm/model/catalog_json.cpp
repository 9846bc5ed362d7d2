#include "model/catalog_json.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>
#include <set>

namespace aicost {
namespace {

using Json = nlohmann::ordered_json;

// Collects errors with the JSON path they belong to; every accessor checks types first.
class Reader {
  public:
    explicit Reader(std::vector<std::string>& errors) : errors_(errors) {}

    void error(const std::string& path, const std::string& what) {
        errors_.push_back(path + ": " + what);
    }

    const Json* member(const Json& object, const std::string& path, const char* key,
                       bool required = true) {
        auto it = object.find(key);
        if (it == object.end()) {
            if (required) error(path, std::string("missing \"") + key + "\"");
            return nullptr;
        }
        return &*it;
    }

    std::string string(const Json& object, const std::string& path, const char* key,
                       bool required = true) {
        const Json* value = member(object, path, key, required);
        if (!value) return {};
        if (!value->is_string()) {
            error(path + "." + key, "expected a string");
            return {};
        }
        return value->get<std::string>();
    }

    double number(const Json& value, const std::string& path) {
        if (!value.is_number()) {
            error(path, "expected a number");
            return 0.0;
        }
        double number = value.get<double>();
        if (!std::isfinite(number)) error(path, "expected a finite number");
        return number;
    }

    LocalizedText text(const Json& object, const std::string& path, const char* key,
                       bool required = true) {
        const Json* value = member(object, path, key, required);
        if (!value) return {};
        const std::string here = path + "." + key;
        if (!value->is_object()) {
            error(here, "expected { \"fr\": \"…\", \"en\": \"…\" }");
            return {};
        }
        return {string(*value, here, "fr"), string(*value, here, "en")};
    }

  private:
    std::vector<std::string>& errors_;
};

Source read_source(Reader& r, const Json& json, const std::string& path) {
    Source source;
    if (!json.is_object()) {
        r.error(path, "expected an object");
        return source;
    }
    source.publisher = r.string(json, path, "publisher");
    source.title = r.string(json, path, "title");
    source.date = r.string(json, path, "date");
    source.url = r.string(json, path, "url");
    source.locator = r.text(json, path, "locator", false);
    if (!source.url.empty() && source.url.rfind("https://", 0) != 0)
        r.error(path + ".url", "must start with https://");
    return source;
}

using SourceMap = std::map<std::string, Source>;

// A source is referenced by its id in "sources".
Source source_ref(Reader& r, const Json& object, const std::string& path, const SourceMap& sources,
                  bool required = true) {
    std::string id = r.string(object, path, "source", required);
    if (id.empty()) return {};
    auto it = sources.find(id);
    if (it == sources.end()) {
        r.error(path + ".source", "unknown source \"" + id + "\" (not in \"sources\")");
        return {};
    }
    return it->second;
}

Input read_input(Reader& r, const std::string& key, const Json& json, const std::string& path) {
    Input input;
    input.key = key;
    const InputSpec* spec = find_input_spec(key);
    if (!spec) {
        r.error(path, "unknown input (known: " + known_input_keys() + ")");
        return input;
    }
    input.unit = spec->unit;
    input.min = spec->min;
    input.max = spec->max;
    input.logarithmic = spec->logarithmic;
    input.decimals = spec->decimals;
    if (json.is_object()) { // { "value": 512, "min": 1, "max": 4096 }
        if (const Json* v = r.member(json, path, "value"))
            input.value = r.number(*v, path + ".value");
        if (auto it = json.find("min"); it != json.end()) input.min = r.number(*it, path + ".min");
        if (auto it = json.find("max"); it != json.end()) input.max = r.number(*it, path + ".max");
    } else {
        input.value = r.number(json, path);
    }
    // A logarithmic slider cannot reach 0; a linear one (shares, PUE) may start there.
    if (!(input.min < input.max) || input.min < 0.0 || (input.logarithmic && !(input.min > 0.0)))
        r.error(path, input.logarithmic ? "needs 0 < min < max" : "needs 0 <= min < max");
    else if (input.value < input.min || input.value > input.max)
        r.error(path, "value is outside its range");
    input.default_value = input.value;
    return input;
}

// The inputs each kind multiplies. Rental and ownership take either "gpus" and "hours" or
// "gpu_hours" on top of these.
struct KindInputs {
    LineKind kind;
    std::vector<std::string_view> required;
    std::vector<std::string_view> optional;
    bool gpu_hours;
};

const KindInputs& kind_inputs(LineKind kind) {
    static const KindInputs kTable[] = {
        {LineKind::Rental, {"usd_per_gpu_hour"}, {}, true},
        {LineKind::Purchase, {"units", "usd_per_unit"}, {"overhead_share"}, false},
        {LineKind::Power, {"units", "watts", "pue", "hours", "usd_per_kwh"}, {}, false},
        {LineKind::Staff, {"people", "usd_per_year", "years"}, {}, false},
        {LineKind::Yearly, {"usd_per_year", "years"}, {}, false},
        {LineKind::Ownership,
         {"usd_per_unit", "depreciation_per_year"},
         {"interconnect_share"},
         true},
    };
    for (const KindInputs& entry : kTable)
        if (entry.kind == kind) return entry;
    return kTable[0];
}

void check_kind_inputs(Reader& r, const Line& line, const std::string& path) {
    const KindInputs& expected = kind_inputs(line.kind);
    const std::string kind(line_kind_name(line.kind));
    auto listed = [](const std::vector<std::string_view>& keys, std::string_view key) {
        for (std::string_view k : keys)
            if (k == key) return true;
        return false;
    };
    for (std::string_view key : expected.required)
        if (!find_input(line, key))
            r.error(path, "a " + kind + " line needs \"" + std::string(key) + "\"");
    for (const Input& input : line.inputs) {
        const bool cluster_key =
            input.key == "gpus" || input.key == "hours" || input.key == "gpu_hours";
        if (!listed(expected.required, input.key) && !listed(expected.optional, input.key) &&
            !(expected.gpu_hours && cluster_key) && find_input_spec(input.key))
            r.error(path + "." + input.key, "is not an input of a " + kind + " line");
    }
    if (!expected.gpu_hours) return;
    const bool by_gpu_hours = find_input(line, "gpu_hours") != nullptr;
    const bool by_cluster = find_input(line, "gpus") || find_input(line, "hours");
    if (by_gpu_hours == by_cluster ||
        (by_cluster && !(find_input(line, "gpus") && find_input(line, "hours"))))
        r.error(path, "give either \"gpus\" and \"hours\", or \"gpu_hours\"");
}

Line read_line(Reader& r, const Json& json, const std::string& path, const SourceMap& sources) {
    Line line;
    if (!json.is_object()) {
        r.error(path, "expected an object");
        return line;
    }
    line.id = r.string(json, path, "id");
    const std::string kind = r.string(json, path, "kind");
    if (auto parsed = parse_line_kind(kind))
        line.kind = *parsed;
    else if (!kind.empty())
        r.error(path + ".kind", "unknown kind \"" + kind + "\"");
    line.label = r.text(json, path, "label");
    line.source = source_ref(r, json, path, sources);

    const std::string inputs_path = path + ".inputs";
    const Json* inputs = r.member(json, path, "inputs");
    if (inputs && !inputs->is_object()) r.error(inputs_path, "expected an object");
    if (inputs && inputs->is_object())
        for (auto it = inputs->begin(); it != inputs->end(); ++it)
            line.inputs.push_back(
                read_input(r, it.key(), it.value(), inputs_path + "." + it.key()));

    check_kind_inputs(r, line, inputs_path);
    return line;
}

bool valid_id(const std::string& id) {
    if (id.empty()) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

Scenario read_scenario(Reader& r, const Json& json, const std::string& path,
                       const SourceMap& sources) {
    Scenario scenario;
    if (!json.is_object()) {
        r.error(path, "expected an object");
        return scenario;
    }
    scenario.id = r.string(json, path, "id");
    if (!scenario.id.empty() && !valid_id(scenario.id))
        r.error(path + ".id", "use lower-case letters, digits and '-' only");
    scenario.title = r.text(json, path, "title");
    scenario.summary = r.text(json, path, "summary");
    if (auto it = json.find("gpu_count"); it != json.end())
        scenario.gpu_count = r.number(*it, path + ".gpu_count");
    if (auto it = json.find("table_rounding_gpu_hours"); it != json.end())
        scenario.table_rounding_gpu_hours = r.number(*it, path + ".table_rounding_gpu_hours");
    if (auto it = json.find("published"); it != json.end()) {
        const std::string here = path + ".published";
        PublishedFigure figure;
        if (const Json* usd = r.member(*it, here, "usd"))
            figure.usd = r.number(*usd, here + ".usd");
        figure.label = r.text(*it, here, "label");
        figure.source = source_ref(r, *it, here, sources);
        scenario.published = figure;
    }

    const Json* lines = r.member(json, path, "lines");
    if (lines && (!lines->is_array() || lines->empty()))
        r.error(path + ".lines", "expected a non-empty array");
    if (lines && lines->is_array()) {
        std::set<std::string> ids;
        for (size_t i = 0; i < lines->size(); ++i) {
            const std::string here = path + ".lines[" + std::to_string(i) + "]";
            Line line = read_line(r, (*lines)[i], here, sources);
            if (!line.id.empty() && !valid_id(line.id))
                r.error(here + ".id", "use lower-case letters, digits and '-' only");
            if (!ids.insert(line.id).second)
                r.error(here + ".id", "duplicate line id \"" + line.id + "\"");
            scenario.lines.push_back(std::move(line));
        }
    }
    return scenario;
}

} // namespace

CatalogParse parse_catalog(std::string_view json_text) {
    CatalogParse result;
    Reader r(result.errors);
    Json root =
        Json::parse(json_text.begin(), json_text.end(), nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) {
        r.error("scenarios.json", "is not valid JSON (check commas, quotes and brackets)");
        return result;
    }
    if (!root.is_object()) {
        r.error("scenarios.json", "expected an object at the top level");
        return result;
    }
    const Json* format = r.member(root, "scenarios.json", "format");
    if (format && !(format->is_number_integer() && format->get<int>() == 1))
        r.error("format", "unsupported format (this widget reads format 1)");

    SourceMap sources;
    if (const Json* list = r.member(root, "scenarios.json", "sources")) {
        if (!list->is_object())
            r.error("sources", "expected an object of id → source");
        else
            for (auto it = list->begin(); it != list->end(); ++it)
                sources[it.key()] = read_source(r, it.value(), "sources." + it.key());
    }

    if (const Json* list = r.member(root, "scenarios.json", "currencies")) {
        if (!list->is_array())
            r.error("currencies", "expected an array");
        else
            for (size_t i = 0; i < list->size(); ++i) {
                const std::string here = "currencies[" + std::to_string(i) + "]";
                const Json& json = (*list)[i];
                if (!json.is_object()) {
                    r.error(here, "expected an object");
                    continue;
                }
                Currency currency;
                currency.code = r.string(json, here, "code");
                currency.symbol = r.string(json, here, "symbol");
                if (const Json* rate = r.member(json, here, "per_usd"))
                    currency.per_usd = r.number(*rate, here + ".per_usd");
                if (!(currency.per_usd > 0.0)) r.error(here + ".per_usd", "must be positive");
                currency.source = source_ref(r, json, here, sources, false);
                result.catalog.currencies.push_back(std::move(currency));
            }
    }
    if (result.catalog.currencies.empty() || result.catalog.currencies.front().code != "usd" ||
        result.catalog.currencies.front().per_usd != 1.0)
        r.error("currencies", "the first currency must be { \"code\": \"usd\", \"per_usd\": 1 }");

    const Json* scenarios = r.member(root, "scenarios.json", "scenarios");
    if (scenarios && (!scenarios->is_array() || scenarios->empty()))
        r.error("scenarios", "expected a non-empty array");
    if (scenarios && scenarios->is_array()) {
        std::set<std::string> ids;
        for (size_t i = 0; i < scenarios->size(); ++i) {
            const std::string here = "scenarios[" + std::to_string(i) + "]";
            Scenario scenario = read_scenario(r, (*scenarios)[i], here, sources);
            if (!ids.insert(scenario.id).second)
                r.error(here + ".id", "duplicate scenario id \"" + scenario.id + "\"");
            result.catalog.scenarios.push_back(std::move(scenario));
        }
    }
    if (!result.ok()) result.catalog = Catalog{};
    return result;
}

} // namespace aicost
