#include "model/number_format.h"
#include "test_assets.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace aicost;

namespace {
const Currency kUsd{"usd", "$", 1.0, {}};
const Currency kEur{"eur", "€", 0.5, {}};
} // namespace

TEST(FormatNumber, EnglishGroupsWithCommas) {
    EXPECT_EQ(format_number(294672, 0, english()), "294,672");
}

TEST(FormatNumber, FrenchGroupsWithNarrowNoBreakSpaces) {
    EXPECT_EQ(format_number(294672, 0, french()), "294\u202F672");
}

TEST(FormatNumber, FrenchDecimalComma) {
    EXPECT_EQ(format_number(1234.5, 2, french()), "1\u202F234,50");
}

TEST(FormatNumber, SmallNumbersHaveNoSeparator) {
    EXPECT_EQ(format_number(512, 0, english()), "512");
}

TEST(FormatNumber, NegativeUsesMinusSign) {
    EXPECT_EQ(format_number(-1500, 0, english()), "\u22121,500");
}

TEST(FormatNumber, NegativeZeroHasNoSign) {
    EXPECT_EQ(format_number(-0.001, 0, english()), "0");
}

TEST(FormatNumber, NanAndInfinityShowADash) {
    EXPECT_EQ(format_number(std::nan(""), 0, english()), "\u2014");
    EXPECT_EQ(format_number(std::numeric_limits<double>::infinity(), 0, french()), "\u2014");
}

TEST(FormatNumber, HugeFiniteValueIsPrintedInFull) {
    std::string text = format_number(1e15, 0, english());
    EXPECT_EQ(text, "1,000,000,000,000,000");
}

TEST(FormatMoney, EnglishSymbolFirst) {
    EXPECT_EQ(format_money(294672, kUsd, english()), "$294,672");
}

TEST(FormatMoney, FrenchSymbolLastAfterNoBreakSpace) {
    EXPECT_EQ(format_money(294672, kUsd, french()), "294\u202F672\u00A0$");
}

TEST(FormatMoney, ConvertsWithTheCurrencyRate) {
    EXPECT_EQ(format_money(2, kEur, english(), 2), "€1.00");
}

TEST(FormatMoney, OverflowingProductShowsADash) {
    EXPECT_EQ(
        format_money(std::numeric_limits<double>::max(), Currency{"x", "X", 10.0, {}}, english()),
        "\u2014");
}

TEST(FormatMoneyCompact, Thousands) {
    EXPECT_EQ(format_money_compact(294000, kUsd, english()), "$294K");
    EXPECT_EQ(format_money_compact(294000, kUsd, french()), "294\u00A0k$");
}

TEST(FormatMoneyCompact, MillionsKeepThreeSignificantDigits) {
    EXPECT_EQ(format_money_compact(5576000, kUsd, english()), "$5.58M");
    EXPECT_EQ(format_money_compact(5576000, kUsd, french()), "5,58\u00A0M$");
}

TEST(FormatMoneyCompact, BillionsDropTrailingZeros) {
    EXPECT_EQ(format_money_compact(1.6e9, kUsd, english()), "$1.6B");
    EXPECT_EQ(format_money_compact(1.6e9, kUsd, french()), "1,6\u00A0Md$");
}

TEST(FormatMoneyCompact, RoundingUpMovesToTheNextScale) {
    EXPECT_EQ(format_money_compact(999999, kUsd, english()), "$1M");
}

TEST(FormatMoneyCompact, TrillionsAreTInEnglish) {
    EXPECT_EQ(format_money_compact(5e11 * 4, kUsd, english()), "$2T");
    EXPECT_EQ(format_money_compact(1e12, kUsd, english()), "$1T");
}

TEST(FormatMoneyCompact, TrillionsStayInMilliardsInFrench) {
    EXPECT_EQ(format_money_compact(5e11 * 4, kUsd, french()), "2\u202F000\u00A0Md$");
}

TEST(FormatMoneyCompact, BelowAThousandIsExact) {
    EXPECT_EQ(format_money_compact(512, kUsd, english()), "$512");
}

TEST(FormatRoundTrip, ShortestExactText) {
    EXPECT_EQ(format_round_trip(2.0), "2");
    EXPECT_EQ(format_round_trip(2.45), "2.45");
    EXPECT_EQ(format_round_trip(101376), "101376");
    EXPECT_EQ(format_round_trip(1e10), "10000000000");
    EXPECT_EQ(format_round_trip(37050), "37050");
}

TEST(FormatRoundTrip, ExponentHasNoPlusSign) {
    // '+' means a space in a query string; the permalink would read "1e 20" and refuse it.
    EXPECT_EQ(format_round_trip(1e20), "1e20");
    EXPECT_EQ(format_round_trip(1.5e-7), "1.5e-07");
}

TEST(FormatRoundTrip, NonFiniteBecomesZero) {
    EXPECT_EQ(format_round_trip(std::nan("")), "0");
}
