// ai-cost: the model from a shell, for editors and for checking figures without a browser.
//   ai-cost check  [scenarios.json] [--lang fr|en]   validate it and strings.json beside it
//                                              (or --strings FILE); errors name the JSON path,
//                                              in the language's words (strings.json's check.*)
//   ai-cost list   [scenarios.json]            every scenario with its total
//   ai-cost total  SCENARIO [scenarios.json] [--lang fr|en]   one scenario, line by line
//   ai-cost pages  TEMPLATE OUT_DIR [scenarios.json] [--strings strings.json] [--public-url URL/]
//                  the widget's pages with their document written in (see write_pages)

#include "model/catalog_json.h"
#include "model/number_format.h"
#include "model/static_pages.h"
#include "model/strings.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

using namespace aicost;

namespace {

int usage() {
    std::cerr << "usage: ai-cost check|list [scenarios.json] [--lang fr|en]\n"
                 "       ai-cost total SCENARIO [scenarios.json] [--lang fr|en]\n"
                 "       ai-cost pages TEMPLATE OUT_DIR [scenarios.json] [--strings FILE] "
                 "[--public-url URL/]\n";
    return 2;
}

bool read_file(const std::string& path, std::string& out) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        std::cerr << path << ": cannot open\n";
        return false;
    }
    std::stringstream text;
    text << file.rdbuf();
    out = text.str();
    return true;
}

// The model calls the file "scenarios.json": "scenarios.json:12:5: …" becomes "PATH:12:5: …",
// which editors and terminals open at the place; "scenarios[0].id: …" becomes "PATH: scenarios…".
std::string located(const std::string& path, const std::string& error) {
    const std::string file = "scenarios.json";
    if (error.compare(0, file.size(), file) == 0 && error.size() > file.size() &&
        error[file.size()] == ':')
        return path + error.substr(file.size());
    return path + ": " + error;
}

// strings.json: the languages every text of scenarios.json must be given in.
bool load_strings(const std::string& path, Strings& strings) {
    std::string text;
    if (!read_file(path, text)) return false;
    StringsParse parse = parse_strings(text);
    for (const std::string& error : parse.errors)
        std::cerr << (error.rfind("strings.json", 0) == 0 ? path + error.substr(12)
                                                          : path + ": " + error)
                  << "\n";
    strings = std::move(parse.strings);
    return parse.ok();
}

// Its mistakes are written in `lang`, with strings.json's texts.
bool load(const std::string& path, const Strings& strings, const Lang& lang, Catalog& catalog) {
    std::string text;
    if (!read_file(path, text)) return false;
    CatalogParse parse = parse_catalog(text, strings.languages);
    for (const DataError& problem : parse.problems)
        std::cerr << located(path, describe(problem, strings, lang)) << "\n";
    catalog = std::move(parse.catalog);
    return parse.ok();
}

// oembed.json, for CMSs that embed by URL: its texts in the default language. In TEMPLATE,
// %key% is a JSON string of strings.json's text and %key.html% the same text for an HTML
// attribute inside a JSON string. No template: nothing to write.
bool write_oembed(const std::string& template_path, const std::string& out_dir,
                  const Strings& strings, const Lang& lang) {
    if (template_path.empty()) return true;
    std::string oembed;
    if (!read_file(template_path, oembed)) return false;
    for (const char* key : {"widget.name", "page.share_title"}) {
        const std::string value = text(strings, lang, key);
        const std::string in_html = nlohmann::json(html_attribute(value)).dump();
        oembed = replace_all(oembed, std::string("%") + key + ".html%",
                             in_html.substr(1, in_html.size() - 2));
        oembed = replace_all(oembed, std::string("%") + key + "%", nlohmann::json(value).dump());
    }
    std::ofstream file(out_dir + "/oembed.json", std::ios::binary);
    file << oembed;
    return static_cast<bool>(file);
}

// The pages for readers without JavaScript (static_pages.h), and oembed.json, into OUT_DIR.
int write_pages(const std::string& template_path, const std::string& out_dir,
                const std::string& public_url, const std::string& oembed_template,
                const Catalog& catalog, const Strings& strings) {
    std::string page_template;
    if (!read_file(template_path, page_template)) return 1;
    const std::vector<StaticPage> pages = static_pages(page_template, public_url, catalog, strings);
    if (pages.empty()) return 1;
    for (const StaticPage& page : pages) {
        std::ofstream file(out_dir + "/" + page.name, std::ios::binary);
        file << page.html;
        if (!file) {
            std::cerr << out_dir << "/" << page.name << ": cannot write\n";
            return 1;
        }
    }
    if (!write_oembed(oembed_template, out_dir, strings, catalog.languages.front())) return 1;
    std::cout << out_dir << ": " << pages.size() << " pages\n";
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage();
    const std::string command = argv[1];
    std::string scenario_id, path = "assets/scenarios.json", strings_path;
    std::string template_path, out_dir, lang_code = "en", public_url, oembed_template;
    int positional = 0;
    for (int i = 2; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--lang" && i + 1 < argc) {
            lang_code = argv[++i];
        } else if (arg == "--oembed" && i + 1 < argc) {
            oembed_template = argv[++i];
        } else if (arg == "--public-url" && i + 1 < argc) {
            public_url = argv[++i];
        } else if (arg == "--strings" && i + 1 < argc) {
            strings_path = argv[++i];
        } else if (command == "total" && positional++ == 0) {
            scenario_id = arg;
        } else if (command == "pages" && positional < 2) {
            (positional++ == 0 ? template_path : out_dir) = arg;
        } else {
            path = arg;
        }
    }

    // The data is a pair, as deployed in data/: strings.json beside scenarios.json, unless
    // --strings names another.
    if (strings_path.empty()) {
        const size_t slash = path.find_last_of('/');
        strings_path =
            (slash == std::string::npos ? "" : path.substr(0, slash + 1)) + "strings.json";
    }
    Strings strings;
    if (!load_strings(strings_path, strings)) return 1;
    if (lang_or_default(strings, lang_code).code != lang_code) {
        std::cerr << "unknown language \"" << lang_code << "\" (not in " << strings_path << ")\n";
        return 2;
    }
    Catalog catalog;
    if (!load(path, strings, lang_or_default(strings, lang_code), catalog)) return 1;
    const Currency& usd = catalog.currencies.front();
    const Lang* chosen = find_lang(catalog, lang_code);
    if (!chosen) {
        std::cerr << "unknown language \"" << lang_code << "\" (not in " << strings_path << ")\n";
        return 2;
    }
    const Lang& lang = *chosen;

    if (command == "pages") {
        if (out_dir.empty()) return usage();
        return write_pages(template_path, out_dir, public_url, oembed_template, catalog, strings);
    }
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
