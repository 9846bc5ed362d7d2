#include "model/partial_state.h"

#include "model/json_reader.h"
#include "model/settings.h"

#include <string>

namespace aicost {
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
    // The settings that are one string each, in the order a link applies them.
    using Apply = void (*)(WidgetState&, const Catalog&, std::string_view);
    const std::pair<const char*, Apply> strings[] = {
        {"scenario",
         [](WidgetState& s, const Catalog& c, std::string_view v) { apply_scenario(s, c, v); }},
        {"lang", apply_lang},
        {"currency", apply_currency},
        {"theme", [](WidgetState& s, const Catalog&, std::string_view v) { apply_theme(s, v); }},
        {"view", [](WidgetState& s, const Catalog&, std::string_view v) { apply_view(s, v); }},
    };
    for (const auto& [key, apply] : strings) {
        auto it = root.find(key);
        if (it == root.end()) continue;
        if (it->is_string())
            apply(state, catalog, it->get_ref<const std::string&>());
        else
            state.warnings.add("bad-value", key, it->dump());
    }
    if (auto compare = root.find("compare"); compare != root.end()) {
        const bool pair = compare->is_array() && compare->size() == 2 &&
                          (*compare)[0].is_string() && (*compare)[1].is_string();
        if (pair)
            apply_compare(state, catalog, (*compare)[0].get_ref<const std::string&>(),
                          (*compare)[1].get_ref<const std::string&>(), compare->dump());
        else
            state.warnings.add("bad-compare", "compare", compare->dump());
    }
    auto lines = root.find("lines");
    if (lines == root.end()) return;
    if (!lines->is_array()) {
        state.warnings.add("bad-value", "lines");
        return;
    }
    for (const Json& line : *lines) {
        auto id = line.is_object() ? line.find("id") : line.end();
        auto inputs = line.is_object() ? line.find("inputs") : line.end();
        if (id == line.end() || !id->is_string() || inputs == line.end() || !inputs->is_object()) {
            state.warnings.add("bad-value", "lines", line.dump());
            continue;
        }
        const std::string& line_id = id->get_ref<const std::string&>();
        for (auto it = inputs->begin(); it != inputs->end(); ++it)
            apply_input(state, line_id, it.key(),
                        it->is_number() ? std::optional<double>(it->get<double>()) : std::nullopt,
                        it->dump());
    }
}

} // namespace aicost
