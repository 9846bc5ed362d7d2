// Draws the real view headlessly (an ImGui context with no renderer) to check layout and
// interaction without a browser.

#include "model/actions.h"
#include "model/control_keys.h"
#include "model/widget_document.h"
#include "test_assets.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widget_view.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <set>

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

    ui::ViewResult frame(WidgetState& state, float width, std::string_view focused = {}) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(width, 2000);
        io.DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        ui::ViewContext ctx{aicost::testing::shipped_catalog(),
                            aicost::testing::shipped_strings(),
                            fonts_,
                            ui::light_palette(),
                            error_,
                            focused};
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
    WidgetState state = default_state(aicost::testing::shipped_catalog(), french());
    float narrow = frame(state, 320).content_height;
    float wide = frame(state, 1200).content_height;
    EXPECT_GT(narrow, wide);
    EXPECT_GT(wide, 300.0f);
    EXPECT_LT(narrow, 3000.0f); // a phone scrolls, but not through a wall of controls
}

TEST_F(ViewTest, HeightDoesNotDependOnTheCanvasHeight) {
    WidgetState state = default_state(aicost::testing::shipped_catalog(), english());
    float first = frame(state, 720).content_height;
    ImGui::GetIO().DisplaySize.y = 300;
    EXPECT_EQ(frame(state, 720).content_height, first);
}

TEST_F(ViewTest, IdleFrameChangesNothing) {
    WidgetState state = default_state(aicost::testing::shipped_catalog(), english());
    ui::ViewResult result = frame(state, 720);
    EXPECT_FALSE(result.state_changed);
    EXPECT_TRUE(result.edit_key.empty());
    EXPECT_TRUE(result.open_url.empty());
}

TEST_F(ViewTest, DataErrorIsShownInsteadOfTheWidget) {
    WidgetState state;
    error_ = "scenarios[0].lines: expected a non-empty array";
    ui::ViewResult result = frame(state, 360);
    EXPECT_GT(result.content_height, 0.0f);
    EXPECT_LT(result.content_height, 200.0f);
}

namespace {
void collect_keys(const DocNode& node, std::vector<std::string>& keys) {
    if (const std::string* key = node.attribute("data-key")) keys.push_back(*key);
    if (const std::string* block = node.attribute("data-block")) keys.push_back(*block);
    for (const DocNode& child : node.children)
        collect_keys(child, keys);
}

int vertex_count() {
    int count = 0;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int i = 0; i < data->CmdListsCount; ++i)
        count += data->CmdLists[i]->VtxBuffer.Size;
    return count;
}
} // namespace

// The keyboard works the document's controls; each must have a place on the canvas to ring and
// to scroll into view, and each part of the document a block to lie over, in every scenario and
// view, folded or not, on a phone (its picker folded) and on a desktop.
TEST_F(ViewTest, EveryControlOfTheDocumentIsDrawnOnTheCanvas) {
    const Catalog& catalog = aicost::testing::shipped_catalog();
    for (const auto& [view, view_label] : kViewNames)
        for (const Scenario& scenario : catalog.scenarios)
            for (bool open : {false, true})
                for (float width : {360.0f, 1200.0f}) {
                    WidgetState state = default_state(catalog, english());
                    select_scenario(state, catalog, scenario.id);
                    state.view = view;
                    set_input(state, scenario.lines[0].id, scenario.lines[0].inputs[0].key,
                              scenario.lines[0].inputs[0].max);   // so that "reset" shows
                    state.warnings.add("bad-lang", "lang", "xx"); // and "dismiss"
                    if (open) {
                        for (std::string_view fold : {kSourcesFold, kOwningFold, kPickerFold})
                            state.open_folds.insert(std::string(fold));
                        for (const Line& line : scenario.lines)
                            state.open_folds.insert(line_fold(line.id));
                    }
                    const ui::ViewResult result = frame(state, width);
                    std::set<std::string> anchored;
                    for (const ui::Anchor& anchor : result.anchors) {
                        anchored.insert(anchor.key);
                        EXPECT_GT(anchor.width, 0.0f) << anchor.key;
                        EXPECT_GT(anchor.height, 0.0f) << anchor.key;
                        EXPECT_LE(anchor.x + anchor.width, width + 0.5f) << anchor.key;
                    }
                    std::vector<std::string> keys;
                    collect_keys(widget_document(state, catalog, aicost::testing::shipped_strings(),
                                                 DocMode::Live, narrow_widget(width)),
                                 keys);
                    EXPECT_FALSE(keys.empty());
                    for (const std::string& key : keys)
                        EXPECT_EQ(anchored.count(key), 1u)
                            << key << " in " << scenario.id << ", " << view_label << " at " << width
                            << (open ? " open" : "");
                    // And the canvas draws nothing the document lacks.
                    const std::set<std::string> documented(keys.begin(), keys.end());
                    for (const std::string& key : anchored)
                        EXPECT_EQ(documented.count(key), 1u)
                            << key << " drawn in " << scenario.id << ", " << view_label << " at "
                            << width;
                }
}

TEST_F(ViewTest, TheFocusedControlIsRingedOnTheCanvas) {
    WidgetState state = default_state(aicost::testing::shipped_catalog(), english());
    frame(state, 720);
    const int plain = vertex_count();
    frame(state, 720, "scenario/v3-final-run");
    EXPECT_GT(vertex_count(), plain);
    frame(state, 720, "no/such/control");
    EXPECT_EQ(vertex_count(), plain);
}

TEST(ViewResult, WhatTheFirstFrameWasAskedSurvivesARelayout) {
    ui::ViewResult clicked;
    clicked.state_changed = true;
    clicked.edit_key = "value/r1/hours";
    clicked.open_url = "https://example.org/";
    clicked.content_height = 900;
    ui::ViewResult relayout;
    relayout.content_height = 1200;
    relayout.anchors.push_back({"scenario/r1-nature", 1, 2, 3, 4});
    clicked.merge(relayout);
    EXPECT_TRUE(clicked.state_changed);
    EXPECT_EQ(clicked.edit_key, "value/r1/hours");
    EXPECT_EQ(clicked.open_url, "https://example.org/");
    EXPECT_EQ(clicked.content_height, 1200);
    ASSERT_EQ(clicked.anchors.size(), 1u);
}
