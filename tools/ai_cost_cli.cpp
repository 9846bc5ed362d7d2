// ai-cost: the model from a shell, for editors and for checking figures without a browser.
//   ai-cost check  [scenarios.json]            validate the file; errors name the JSON path
//   ai-cost list   [scenarios.json]            every scenario with its total
//   ai-cost total  SCENARIO [scenarios.json] [--lang fr|en]   one scenario, line by line

#include "model/catalog_json.h"
#include "model/number_format.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

using namespace aicost;

namespace {

int usage() {
    std::cerr << "usage: ai-cost check|list [scenarios.json]\n"
                 "       ai-cost total SCENARIO [scenarios.json] [--lang fr|en]\n";
    return 2;
}

bool load(const std::string& path, Catalog& catalog) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        std::cerr << path << ": cannot open\n";
        return false;
    }
    std::stringstream text;
    text << file.rdbuf();
    CatalogParse parse = parse_catalog(text.str());
    for (const std::string& error : parse.errors)
        std::cerr << path << ": " << error << "\n";
    catalog = std::move(parse.catalog);
    return parse.ok();
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage();
    const std::string command = argv[1];
    std::string scenario_id, path = "assets/scenarios.json";
    Lang lang = Lang::En;
    int positional = 0;
    for (int i = 2; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--lang" && i + 1 < argc) {
            auto parsed = parse_lang(argv[++i]);
            if (!parsed) return usage();
            lang = *parsed;
        } else if (command == "total" && positional++ == 0) {
            scenario_id = arg;
        } else {
            path = arg;
        }
    }

    Catalog catalog;
    if (!load(path, catalog)) return 1;
    const Currency& usd = catalog.currencies.front();

    if (command == "check") {
        std::cout << path << ": OK, " << catalog.scenarios.size() << " scenarios\n";
        return 0;
    }
    if (command == "list") {
        for (const Scenario& s : catalog.scenarios)
            std::cout << s.id << "\t" << format_money(scenario_total_usd(s), usd, lang) << "\t"
                      << s.title.in(lang) << "\n";
        return 0;
    }
    if (command == "total") {
        const Scenario* s = find_scenario(catalog, scenario_id);
        if (!s) {
            std::cerr << "unknown scenario \"" << scenario_id << "\"\n";
            return 1;
        }
        for (const Line& line : s->lines)
            std::cout << line.id << "\t" << format_number(line_gpu_hours(line), 0, lang)
                      << " GPU-h\t" << format_money(line_usd(line), usd, lang) << "\n";
        std::printf("total_usd\t%.0f\n", scenario_total_usd(*s));
        if (s->table_rounding_gpu_hours > 0)
            std::printf("table_usd\t%.0f\n", scenario_table_usd(*s));
        for (const PublishedFigure& figure : s->published) {
            const double computed = published_computed_usd(*s, figure);
            std::printf("published_usd\t%.0f\t%s\tcomputed_usd\t%.0f\t%s\n", figure.usd,
                        std::string(precision_name(figure.precision)).c_str(), computed,
                        reproduces(computed, figure.usd, figure.precision) ? "reproduced"
                                                                           : "differs");
        }
        if (s->owning) std::printf("owning_usd\t%.0f\n", owning_usd(*s));
        return 0;
    }
    return usage();
}
