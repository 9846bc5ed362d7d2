#include "model/json_reader.h"

#include <cmath>
#include <set>
#include <utility>
#include <vector>

namespace aicost {
namespace {

using Json = nlohmann::ordered_json;

// Builds the document from nlohmann's SAX events, refusing what the limits forbid as soon as it
// is seen: a 100,000-deep array stops at the first level too many, not after it is built.
class StrictBuilder {
  public:
    StrictBuilder(Json& root, const JsonLimits& limits, JsonError& error)
        : root_(root), limits_(limits), error_(error) {}

    bool null() { return add(Json(nullptr)); }
    bool boolean(bool value) { return add(Json(value)); }
    bool number_integer(Json::number_integer_t value) { return add(Json(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return add(Json(value)); }
    bool number_float(Json::number_float_t value, const std::string&) { return add(Json(value)); }
    bool string(std::string& value) { return add(Json(std::move(value))); }
    bool binary(Json::binary_t&) {
        return fail(JsonError::Kind::Syntax, "json.syntax", {{"detail", "binary values"}});
    }

    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& name) {
        Frame& frame = frames_.back();
        frame.key = name;
        if (!frame.keys.insert(name).second)
            return fail(JsonError::Kind::RepeatedKey, "json.repeated_key", {{"key", name}});
        return true;
    }

    // `at` counts the bytes read: one past the last byte of the offending token.
    bool parse_error(std::size_t at, const std::string&, const nlohmann::detail::exception& ex) {
        position_ = at > 0 ? at - 1 : 0;
        // nlohmann's detail stays as it writes it ("syntax error while parsing object -
        // unexpected '}'; expected string literal"), inside each language's frame.
        std::string what = ex.what();
        const std::size_t colon = what.find(": ");
        error_.kind = JsonError::Kind::Syntax;
        if (ex.id == 406) { // a number beyond double's range, such as 1e400
            const std::size_t quote = what.find('\'');
            error_.code = "json.number_too_large";
            error_.values = {{"number", quote == std::string::npos ? "" : what.substr(quote)}};
        } else {
            error_.code = "json.syntax";
            error_.values = {
                {"detail", colon == std::string::npos ? what : what.substr(colon + 2)}};
        }
        return false;
    }

    std::size_t error_position() const { return position_; }

  private:
    struct Frame {
        Json* container;
        std::string key;            // the member being read, in an object
        std::set<std::string> keys; // the members seen so far, in an object
    };

    std::string path() const {
        std::string out;
        for (std::size_t i = 0; i < frames_.size(); ++i) {
            const Frame& frame = frames_[i];
            // An open array's last element is the container being read; the innermost array's
            // next value is not in it yet.
            const bool innermost = i + 1 == frames_.size();
            if (frame.container->is_array())
                out += "[" + std::to_string(frame.container->size() - (innermost ? 0 : 1)) + "]";
            else if (!frame.key.empty() || !frame.keys.empty())
                out += (out.empty() ? "" : ".") + frame.key;
        }
        return out;
    }

    bool fail(JsonError::Kind kind, const char* code,
              std::vector<std::pair<std::string, std::string>> values) {
        error_.kind = kind;
        error_.path = path();
        error_.code = code;
        error_.values = std::move(values);
        return false;
    }

    bool count() {
        if (++values_ <= limits_.max_values) return true;
        return fail(JsonError::Kind::TooManyValues, "json.too_many_values",
                    {{"limit", std::to_string(limits_.max_values)}});
    }

    // Places a value where the parser is: the top, the end of an array or an object's member.
    Json* place(Json&& value) {
        if (frames_.empty()) {
            root_ = std::move(value);
            return &root_;
        }
        Frame& frame = frames_.back();
        if (frame.container->is_array()) {
            frame.container->push_back(std::move(value));
            return &frame.container->back();
        }
        Json& slot = (*frame.container)[frame.key];
        slot = std::move(value);
        return &slot;
    }

    bool add(Json&& value) { return count() && place(std::move(value)); }

    bool open(Json&& container) {
        if (!count()) return false;
        if (frames_.size() >= limits_.max_depth)
            return fail(JsonError::Kind::TooDeep, "json.too_deep",
                        {{"limit", std::to_string(limits_.max_depth)}});
        frames_.push_back({place(std::move(container)), {}, {}});
        return true;
    }

    bool close() {
        frames_.pop_back();
        return true;
    }

    Json& root_;
    const JsonLimits& limits_;
    JsonError& error_;
    std::vector<Frame> frames_;
    std::size_t values_ = 0;
    std::size_t position_ = 0;
};

// Where the token ending at `last` starts: an editor looks for "sources" after a missing comma,
// not for its closing quote. (nlohmann's own token text is no help: it is escaped and may span
// several tokens.)
std::size_t token_start(std::string_view text, std::size_t last) {
    if (last >= text.size()) return last;
    auto word = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               c == '.' || c == '+' || c == '-';
    };
    std::size_t at = last;
    if (text[at] == '"' && at > 0) {
        // Back to the opening quote, skipping escaped ones; a string never spans lines.
        for (std::size_t i = at; i-- > 0 && text[i] != '\n';)
            if (text[i] == '"' && (i == 0 || text[i - 1] != '\\')) return i;
        return at;
    }
    while (at > 0 && word(text[at]) && word(text[at - 1]))
        --at;
    return at;
}

// 1-based line and column of a byte offset; columns count characters, not UTF-8 bytes.
std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

JsonRead read_json(std::string_view text, const JsonLimits& limits) {
    JsonRead read;
    if (text.size() > limits.max_bytes) {
        read.error.kind = JsonError::Kind::TooLarge;
        read.error.code = "json.too_large";
        read.error.values = {{"limit", std::to_string(limits.max_bytes)}};
        return read;
    }
    StrictBuilder builder(read.value, limits, read.error);
    const bool parsed = Json::sax_parse(text.begin(), text.end(), &builder);
    if (!parsed && read.error.kind == JsonError::Kind::None) {
        read.error.kind = JsonError::Kind::Syntax;
        read.error.code = "json.syntax";
        read.error.values = {{"detail", "syntax error"}};
    }
    if (read.error.kind == JsonError::Kind::Syntax) {
        const auto [line, column] =
            line_and_column(text, token_start(text, builder.error_position()));
        read.error.line = line;
        read.error.column = column;
    }
    if (!read.ok()) read.value = nullptr;
    return read;
}

DataError data_error(const JsonError& error, std::string_view file_name) {
    std::string where = error.kind == JsonError::Kind::Syntax
                            ? std::string(file_name) + ":" + std::to_string(error.line) + ":" +
                                  std::to_string(error.column)
                        : error.path.empty() ? std::string(file_name)
                                             : error.path;
    return {std::move(where), error.code, error.values};
}

std::string describe(const JsonError& error, std::string_view file_name) {
    return describe(data_error(error, file_name));
}

} // namespace aicost
