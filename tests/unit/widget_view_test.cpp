// Draws the real view headlessly (an ImGui context with no renderer) to check layout and
// interaction without a browser.

#include "test_assets.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widget_view.h"

#include <gtest/gtest.h>
#include <imgui.h>

using namespace aicost;

namespace {

class ViewTest : public ::testing::Test {
  protected:
    void SetUp() override {
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;
        regular_ = aicost::testing::read_asset("fonts/Inter-Regular.subset.otf");
        semibold_ = aicost::testing::read_asset("fonts/Inter-SemiBold.subset.otf");
        fonts_ = ui::build_fonts(regular_, semibold_, 2.0f);
        ui::apply_theme(ui::light_palette());
        unsigned char* pixels;
        int w, h;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    void TearDown() override { ImGui::DestroyContext(); }

    ui::ViewResult frame(WidgetState& state, float width) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(width, 2000);
        io.DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        ui::ViewContext ctx{aicost::testing::shipped_catalog(), aicost::testing::shipped_strings(),
                            fonts_, ui::light_palette(), error_};
        ui::ViewResult result = ui::draw_widget(state, ctx);
        ImGui::Render();
        return result;
    }

    std::string regular_, semibold_, error_;
    ui::Fonts fonts_;
};

} // namespace

TEST_F(ViewTest, FontsLoadFromTheSubsets) {
    ASSERT_NE(fonts_.body, nullptr);
    EXPECT_NE(fonts_.body->FindGlyphNoFallback(0x202F), nullptr) << "French narrow no-break space";
    EXPECT_NE(fonts_.body->FindGlyphNoFallback(0x00D7), nullptr) << "multiplication sign";
    EXPECT_NE(fonts_.figure->FindGlyphNoFallback(0x20AC), nullptr) << "euro sign in the big figure";
}

TEST_F(ViewTest, NarrowLayoutIsTallerThanWide) {
    WidgetState state = default_state(aicost::testing::shipped_catalog(), Lang::Fr);
    float narrow = frame(state, 320).content_height;
    float wide = frame(state, 1200).content_height;
    EXPECT_GT(narrow, wide);
    EXPECT_GT(wide, 300.0f);
    EXPECT_LT(narrow, 3000.0f); // a phone scrolls, but not through a wall of controls
}

TEST_F(ViewTest, HeightDoesNotDependOnTheCanvasHeight) {
    WidgetState state = default_state(aicost::testing::shipped_catalog(), Lang::En);
    float first = frame(state, 720).content_height;
    ImGui::GetIO().DisplaySize.y = 300;
    EXPECT_EQ(frame(state, 720).content_height, first);
}

TEST_F(ViewTest, IdleFrameChangesNothing) {
    WidgetState state = default_state(aicost::testing::shipped_catalog(), Lang::En);
    ui::ViewResult result = frame(state, 720);
    EXPECT_FALSE(result.state_changed);
    EXPECT_FALSE(result.edit.has_value());
    EXPECT_TRUE(result.open_url.empty());
}

TEST_F(ViewTest, DataErrorIsShownInsteadOfTheWidget) {
    WidgetState state;
    error_ = "scenarios[0].lines: expected a non-empty array";
    ui::ViewResult result = frame(state, 360);
    EXPECT_GT(result.content_height, 0.0f);
    EXPECT_LT(result.content_height, 200.0f);
}
