#pragma once
// What a scenario line multiplies. Each kind is one entry of one table (line_kinds.cpp): its name,
// the inputs it takes, its arithmetic and the shape of its equation. Reading scenarios.json,
// checking a line's inputs, line_usd, line_gpu_hours, the equation text and the tests all read
// that entry, so a kind cannot be known to one of them and not to another.
//
// Adding a kind: a LineKind value below, its entry in line_kinds(), a worked example in
// tests/unit/line_kinds_test.cpp (the test fails until it has one) and a row in README's table of
// kinds. A new input besides is an InputSpec (cost_model.cpp), which alone gives units and ranges.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aicost {

struct Line;
struct LineKindSpec;

// The table's entries, in this order.
enum class LineKind { Rental, Purchase, Power, Staff, Yearly, Ownership };

// Whether a line of the kind must give an input.
enum class Need {
    Required,
    Optional, // left out, it counts as its `absent` value
    Together, // optional, but the kind's Together inputs are given all or none (Epoch's energy)
};

// How an input reads in the equation a reader checks by hand.
enum class Term {
    Factor,            // "× 512 GPU"
    TimesOnePlus,      // "× (1 + 50 %)": an overhead on top
    DividedByOneMinus, // "÷ (1 − 19 %)": the share of the cost that is not the GPUs
};

struct KindInput {
    std::string_view key; // an InputSpec key (cost_model.cpp): unit, range and decimals are there
    Need need = Need::Required;
    double absent = 0.0; // what an input that is not Required counts as when it is left out
    Term term = Term::Factor;
};

// Whether a line of the kind counts GPU-hours, given as "gpus" and "hours" or as "gpu_hours".
enum class GpuHours {
    None,
    Taken,
    Rounded, // taken, and rounded first where the source's table does (table_rounding_gpu_hours)
};

// What a kind's arithmetic reads: its line's inputs through the kind's list, and the GPU-hours
// it is charged for (NaN for a kind without GPU-hours).
struct KindValues {
    const Line& line;
    const LineKindSpec& kind;
    double gpu_hours;
    // The input's value; an optional input left out counts as its `absent` value. A required input
    // the line lacks, or a key the kind does not list, is NaN: a figure shown as "—", never a
    // plausible 0.
    double operator[](std::string_view key) const;
};

struct LineKindSpec {
    LineKind value;
    std::string_view name;         // what editors write in "kind"
    std::vector<KindInput> inputs; // besides the GPU-hours, in the order an editor would write them
    GpuHours gpu_hours;
    double (*usd)(const KindValues& v);
    bool per_hour_of_year =
        false; // a yearly rate charged per hour: the equation ends "÷ 8,766 h/yr"
    std::string_view together = {}; // what its Together inputs are, for errors ("energy")
};

// Every kind, in LineKind's order.
const std::vector<LineKindSpec>& line_kinds();
const LineKindSpec& line_kind(LineKind kind);

// "rental", "purchase", "power", "staff", "yearly", "ownership": the names editors write.
std::string_view line_kind_name(LineKind kind);
std::optional<LineKind> parse_line_kind(std::string_view name);

// The kind's entry for `key`; nullptr when the kind does not take it (the GPU-hours included).
const KindInput* find_kind_input(const LineKindSpec& kind, std::string_view key);
// "gpus", "hours" and "gpu_hours": how a kind with GPU-hours is given them.
bool is_gpu_hours_key(std::string_view key);

// What is wrong with a line's inputs for its kind: a required one missing, one the kind does not
// take, a group given in part, GPU-hours given neither way or both. `key` is the input the problem
// is about, empty for the inputs as a whole. `owning`: the scenario's owning line, which takes its
// GPU-hours from the scenario. Keys no InputSpec knows are the reader's to report.
struct InputProblem {
    std::string key;  // the input it is about; empty: the line's inputs as a whole
    std::string code; // strings.json's "check.<code>" (data_error.h)
    std::vector<std::pair<std::string, std::string>> values;
};
std::vector<InputProblem> check_kind_inputs(const Line& line, bool owning);

} // namespace aicost
