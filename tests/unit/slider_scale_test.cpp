#include "model/slider_scale.h"
#include "test_assets.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace aicost;

namespace {
Input logarithmic(double value, double min, double max, int decimals = 0) {
    Input input;
    input.value = value;
    input.min = min;
    input.max = max;
    input.logarithmic = true;
    input.decimals = decimals;
    return input;
}
} // namespace

TEST(SliderScale, LinearInputUsesItsOwnRangeAndPrecision) {
    Input pue;
    pue.value = 1.25;
    pue.min = 1.0;
    pue.max = 3.0;
    pue.decimals = 2;
    const SliderScale scale = slider_scale(pue);
    EXPECT_FALSE(scale.positions);
    EXPECT_DOUBLE_EQ(scale.min, 1.0);
    EXPECT_DOUBLE_EQ(scale.max, 3.0);
    EXPECT_DOUBLE_EQ(scale.step, 0.01);
    EXPECT_DOUBLE_EQ(slider_position(pue), 1.25);
    EXPECT_DOUBLE_EQ(slider_value(pue, 1.254), 1.25);
}

TEST(SliderScale, LogarithmicInputStepsAboutOnePercent) {
    const Input gpus = logarithmic(512, 1, 1e6);
    const SliderScale scale = slider_scale(gpus);
    EXPECT_TRUE(scale.positions);
    EXPECT_DOUBLE_EQ(scale.step, 1.0);
    const double next = slider_value(gpus, slider_position(gpus) + 1);
    EXPECT_GT(next, 512);
    EXPECT_LE(next, 512 * 1.02);
    const double previous = slider_value(gpus, slider_position(gpus) - 1);
    EXPECT_LT(previous, 512);
    EXPECT_GE(previous, 512 / 1.02);
}

TEST(SliderScale, AnArrowStepIsNeverStuckOnSmallValues) {
    Input gpus = logarithmic(1, 1, 1e6);
    gpus.value = slider_value(gpus, slider_position(gpus) + 1);
    EXPECT_EQ(gpus.value, 2);
    gpus.value = slider_value(gpus, slider_position(gpus) - 1);
    EXPECT_EQ(gpus.value, 1);
}

TEST(SliderScale, EndsReachMinAndMax) {
    const Input price = logarithmic(2, 0.01, 100, 2);
    EXPECT_DOUBLE_EQ(slider_value(price, 0), 0.01);
    EXPECT_DOUBLE_EQ(slider_value(price, slider_scale(price).max), 100);
    EXPECT_DOUBLE_EQ(slider_value(price, 1e9), 100);
    EXPECT_DOUBLE_EQ(slider_value(price, -5), 0.01);
}

TEST(SliderScale, NonFinitePositionKeepsTheValue) {
    const Input price = logarithmic(2, 0.01, 100, 2);
    EXPECT_DOUBLE_EQ(slider_value(price, std::nan("")), 2);
    EXPECT_DOUBLE_EQ(slider_value(price, INFINITY), 2);
}

TEST(SliderScale, EveryShippedValueSitsOnItsOwnPosition) {
    // Focusing a slider and leaving it must not change the figure it shows.
    for (const Scenario& scenario : aicost::testing::shipped_catalog().scenarios)
        for (const Line* line : adjustable_lines(scenario))
            for (const Input& input : line->inputs) {
                const double position = slider_position(input);
                EXPECT_GE(position, slider_scale(input).min) << line->id << "." << input.key;
                EXPECT_LE(position, slider_scale(input).max) << line->id << "." << input.key;
                if (slider_scale(input).positions) continue;
                EXPECT_DOUBLE_EQ(slider_value(input, position), input.value)
                    << line->id << "." << input.key;
            }
}
