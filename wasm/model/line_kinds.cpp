#include "model/line_kinds.h"

#include "model/cost_model.h"
#include "model/enum_names.h"
#include "model/scenario.h"

#include <cassert>
#include <cmath>
#include <limits>

namespace aicost {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

constexpr KindInput optional(std::string_view key, double absent, Term term = Term::Factor) {
    return {key, Need::Optional, absent, term};
}

constexpr KindInput together(std::string_view key, double absent) {
    return {key, Need::Together, absent, Term::Factor};
}

} // namespace

const std::vector<LineKindSpec>& line_kinds() {
    static const std::vector<LineKindSpec> kKinds = {
        {LineKind::Rental,
         "rental",
         {{"usd_per_gpu_hour"}},
         GpuHours::Rounded,
         [](const KindValues& v) {
             return rental_usd_from_gpu_hours(v.gpu_hours, v["usd_per_gpu_hour"]);
         }},
        {LineKind::Purchase,
         "purchase",
         {{"units"}, {"usd_per_unit"}, optional("overhead_share", 0.0, Term::TimesOnePlus)},
         GpuHours::None,
         [](const KindValues& v) {
             return purchase_usd(v["units"], v["usd_per_unit"], v["overhead_share"]);
         }},
        {LineKind::Power,
         "power",
         {{"units"}, {"watts"}, {"pue"}, {"hours"}, {"usd_per_kwh"}},
         GpuHours::None,
         [](const KindValues& v) {
             return power_usd(v["units"], v["watts"], v["pue"], v["hours"], v["usd_per_kwh"]);
         }},
        {LineKind::Staff,
         "staff",
         {{"people"}, {"usd_per_year"}, {"years"}},
         GpuHours::None,
         [](const KindValues& v) { return staff_usd(v["people"], v["usd_per_year"], v["years"]); }},
        {LineKind::Yearly,
         "yearly",
         {{"usd_per_year"}, {"years"}},
         GpuHours::None,
         [](const KindValues& v) { return yearly_usd(v["usd_per_year"], v["years"]); }},
        // Energy is optional: Epoch AI adds it, a hardware-only estimate leaves it out (0 W).
        {LineKind::Ownership,
         "ownership",
         {{"usd_per_unit"},
          {"depreciation_per_year"},
          optional("interconnect_share", 0.0, Term::DividedByOneMinus),
          together("watts", 0.0),
          together("pue", 1.0),
          together("usd_per_kwh", 0.0)},
         GpuHours::Taken,
         [](const KindValues& v) {
             return ownership_usd(v.gpu_hours, v["usd_per_unit"], v["depreciation_per_year"],
                                  v["interconnect_share"]) +
                    power_usd(1.0, v["watts"], v["pue"], v.gpu_hours, v["usd_per_kwh"]);
         },
         /* per_hour_of_year */ true,
         /* together */ "energy"},
    };
    return kKinds;
}

const LineKindSpec& line_kind(LineKind kind) {
    for (const LineKindSpec& spec : line_kinds())
        if (spec.value == kind) return spec;
    assert(!"every LineKind has its entry in line_kinds()");
    return line_kinds().front();
}

std::string_view line_kind_name(LineKind kind) {
    return enum_name(line_kinds(), kind);
}

std::optional<LineKind> parse_line_kind(std::string_view name) {
    return parse_enum(line_kinds(), name);
}

const KindInput* find_kind_input(const LineKindSpec& kind, std::string_view key) {
    for (const KindInput& input : kind.inputs)
        if (input.key == key) return &input;
    return nullptr;
}

bool is_gpu_hours_key(std::string_view key) {
    return key == "gpus" || key == "hours" || key == "gpu_hours";
}

double KindValues::operator[](std::string_view key) const {
    const KindInput* listed = find_kind_input(kind, key);
    if (!listed) return kNaN;
    if (const Input* input = find_input(line, key)) return input->value;
    return listed->need == Need::Required ? kNaN : listed->absent;
}

std::vector<InputProblem> check_kind_inputs(const Line& line, bool owning) {
    std::vector<InputProblem> problems;
    const LineKindSpec& kind = line_kind(line.kind);
    // "a rental line", "an ownership line": English wants its article; other languages name the
    // kind in their own sentence ({kind}).
    const bool vowel = std::string_view("aeiou").find(kind.name.front()) != std::string_view::npos;
    const std::string name = (vowel ? "an " : "a ") + std::string(kind.name) + " line";
    const std::pair<std::string, std::string> line_name{"line", name};
    const std::pair<std::string, std::string> kind_name{"kind", std::string(kind.name)};
    const bool takes_gpu_hours = kind.gpu_hours != GpuHours::None;
    for (const KindInput& input : kind.inputs)
        if (input.need == Need::Required && !find_input(line, input.key))
            problems.push_back(
                {"", "kind_needs", {line_name, kind_name, {"input", std::string(input.key)}}});
    for (const Input& input : line.inputs) {
        if (owning && is_gpu_hours_key(input.key))
            problems.push_back({input.key, "owning_gpu_hours", {}});
        else if (!find_kind_input(kind, input.key) &&
                 !(takes_gpu_hours && is_gpu_hours_key(input.key)) && find_input_spec(input.key))
            problems.push_back({input.key, "kind_not_input", {line_name, kind_name}});
    }
    std::vector<std::string_view> group;
    size_t given = 0;
    for (const KindInput& input : kind.inputs)
        if (input.need == Need::Together) {
            group.push_back(input.key);
            given += find_input(line, input.key) ? 1 : 0;
        }
    if (given != 0 && given != group.size())
        problems.push_back({"",
                            "kind_together",
                            {{"group", std::string(kind.together)},
                             {"names", join_names(group, " and ", true)},
                             {"list", join_names(group, ", ", true)}}});
    if (!takes_gpu_hours || owning) return problems;
    const bool by_gpu_hours = find_input(line, "gpu_hours") != nullptr;
    const bool by_cluster = find_input(line, "gpus") || find_input(line, "hours");
    if (by_gpu_hours == by_cluster ||
        (by_cluster && !(find_input(line, "gpus") && find_input(line, "hours"))))
        problems.push_back({"", "kind_cluster_or_gpu_hours", {}});
    return problems;
}

} // namespace aicost
