// read_json: strict, bounded JSON for files editors write and states host pages send.
#include "model/json_reader.h"

#include <gtest/gtest.h>

#include <string>

using namespace aicost;
using Kind = JsonError::Kind;

TEST(JsonReader, ReadsAValidDocumentInOrder) {
    JsonRead read = read_json(R"({"b": 1, "a": [true, null, "x", 2.5]})");
    ASSERT_TRUE(read.ok()) << describe(read.error, "t.json");
    EXPECT_EQ(read.value.dump(), R"({"b":1,"a":[true,null,"x",2.5]})");
}

TEST(JsonReader, RefusesARepeatedKeyWithItsPath) {
    JsonRead read = read_json(R"({"lines": [{"inputs": {"gpus": 512, "gpus": 99999}}]})");
    EXPECT_EQ(read.error.kind, Kind::RepeatedKey);
    EXPECT_EQ(read.error.path, "lines[0].inputs.gpus");
    EXPECT_TRUE(read.value.is_null());
}

TEST(JsonReader, EqualKeysInDifferentObjectsAreFine) {
    EXPECT_TRUE(read_json(R"({"a": {"id": 1}, "b": {"id": 2}, "c": [{"id": 3}, {"id": 4}]})").ok());
}

TEST(JsonReader, SyntaxErrorNamesLineAndColumn) {
    JsonRead read = read_json("{\n  \"a\": 1,\n  \"b\": 2,\n}");
    EXPECT_EQ(read.error.kind, Kind::Syntax);
    EXPECT_EQ(read.error.line, 4u);
    EXPECT_EQ(read.error.column, 1u);
    const std::string message = describe(read.error, "scenarios.json");
    EXPECT_NE(message.find("unexpected '}'"), std::string::npos) << message;
    EXPECT_EQ(message.rfind("scenarios.json:4:1: ", 0), 0u);
}

TEST(JsonReader, ColumnsCountCharactersNotBytes) {
    JsonRead read = read_json("{\"é\": 1 2}");
    EXPECT_EQ(read.error.kind, Kind::Syntax);
    EXPECT_EQ(read.error.line, 1u);
    EXPECT_EQ(read.error.column, 9u);
}

TEST(JsonReader, NumberBeyondDoubleSaysSo) {
    JsonRead read = read_json("{\"usd\": 1e400}");
    EXPECT_EQ(read.error.kind, Kind::Syntax);
    const std::string message = describe(read.error, "scenarios.json");
    EXPECT_NE(message.find("number too large"), std::string::npos) << message;
    EXPECT_NE(message.find("1e400"), std::string::npos) << message;
}

TEST(JsonReader, TruncatedTextIsASyntaxError) {
    EXPECT_EQ(read_json("{\"a\": [1, 2").error.kind, Kind::Syntax);
    EXPECT_EQ(read_json("").error.kind, Kind::Syntax);
}

TEST(JsonReader, RefusesTextLargerThanTheLimitBeforeReadingIt) {
    JsonLimits limits;
    limits.max_bytes = 16;
    EXPECT_EQ(read_json(R"({"a": "0123456789"})", limits).error.kind, Kind::TooLarge);
    EXPECT_TRUE(read_json(R"({"a": "01234"})", limits).ok());
}

TEST(JsonReader, RefusesNestingDeeperThanTheLimit) {
    JsonLimits limits;
    limits.max_depth = 4;
    EXPECT_TRUE(read_json("[[[[1]]]]", limits).ok());
    JsonRead read = read_json("[[[[[1]]]]]", limits);
    EXPECT_EQ(read.error.kind, Kind::TooDeep);
    EXPECT_EQ(read.error.path, "[0][0][0][0]");
}

TEST(JsonReader, AHundredThousandLevelsStopAtTheLimit) {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    EXPECT_EQ(read_json(deep).error.kind, Kind::TooDeep);
}

TEST(JsonReader, RefusesMoreValuesThanTheLimit) {
    JsonLimits limits;
    limits.max_values = 4;
    EXPECT_TRUE(read_json("[1, 2, 3]", limits).ok());
    EXPECT_EQ(read_json("[1, 2, 3, 4]", limits).error.kind, Kind::TooManyValues);
}

TEST(JsonReader, SyntaxErrorPointsAtTheStartOfTheUnexpectedToken) {
    // A missing comma: the editor looks for the next key, not for its closing quote.
    JsonRead read = read_json("{\n  \"format\": 1\n  \"sources\": {}\n}");
    EXPECT_EQ(read.error.line, 3u);
    EXPECT_EQ(read.error.column, 3u);
    JsonRead number = read_json("{\"a\": 1 2345}");
    EXPECT_EQ(number.error.column, 9u);
}
