#include "ui/controls.h"

#include <imgui_internal.h>

#include <cstdio>

namespace aicost::ui {

namespace {
constexpr float kSliderHeight = 36.0f; // a comfortable touch target
constexpr float kKnobRadius = 9.0f;
} // namespace

float text_width(ImFont* font, const char* text) {
    return font->CalcTextSizeA(font->FontSize * ImGui::GetIO().FontGlobalScale, FLT_MAX, 0.0f, text)
        .x;
}

bool slider(const char* str_id, double* value, double min, double max, bool logarithmic,
            int decimals, float width, const Palette& palette) {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImGuiID id = window->GetID(str_id);
    const ImVec2 pos = window->DC.CursorPos;
    const ImRect bb(pos, ImVec2(pos.x + width, pos.y + kSliderHeight));
    ImGui::ItemSize(bb);
    if (!ImGui::ItemAdd(bb, id)) return false;

    const bool hovered = ImGui::ItemHoverable(bb, id);
    if (hovered && g.IO.MouseClicked[0]) {
        ImGui::SetActiveID(id, window);
        ImGui::SetFocusID(id, window);
        ImGui::FocusWindow(window);
    }

    // ImGui's behaviour maps the value to a grab that is GrabMinSize wide; make that the knob.
    char format[8];
    std::snprintf(format, sizeof format, "%%.%df", decimals);
    const float saved_grab = g.Style.GrabMinSize;
    g.Style.GrabMinSize = kKnobRadius * 2.0f;
    ImRect grab;
    ImGuiSliderFlags flags = ImGuiSliderFlags_AlwaysClamp | ImGuiSliderFlags_NoInput;
    if (logarithmic) flags |= ImGuiSliderFlags_Logarithmic;
    const bool changed = ImGui::SliderBehavior(bb, id, ImGuiDataType_Double, value, &min, &max,
                                               format, flags, &grab);
    g.Style.GrabMinSize = saved_grab;
    if (changed) ImGui::MarkItemEdited(id);

    ImDrawList* draw = window->DrawList;
    const float cy = (bb.Min.y + bb.Max.y) * 0.5f;
    const float cx = (grab.Min.x + grab.Max.x) * 0.5f;
    const float left = bb.Min.x + kKnobRadius, right = bb.Max.x - kKnobRadius;
    draw->AddRectFilled(ImVec2(left, cy - 2), ImVec2(right, cy + 2), palette.track, 2.0f);
    draw->AddRectFilled(ImVec2(left, cy - 2), ImVec2(cx, cy + 2), palette.accent, 2.0f);
    const bool active = g.ActiveId == id;
    if (active || hovered)
        draw->AddCircleFilled(ImVec2(cx, cy), kKnobRadius + 6, palette.accent_soft, 32);
    draw->AddCircleFilled(ImVec2(cx, cy), kKnobRadius, palette.paper, 32);
    draw->AddCircle(ImVec2(cx, cy), kKnobRadius, palette.accent, 32, 2.5f);
    if (hovered || active) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return changed;
}

bool chip(const char* label, bool selected, ImFont* font, const Palette& palette) {
    ImGui::PushFont(font);
    const ImVec2 padding(14.0f, 8.0f);
    const ImVec2 label_size = ImGui::CalcTextSize(label, nullptr, true);
    const ImVec2 size(label_size.x + padding.x * 2, label_size.y + padding.y * 2);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(label, size);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    const ImU32 fill = selected ? palette.ink : hovered ? palette.chip_hover : palette.chip;
    draw->AddRectFilled(pos, max, fill, size.y * 0.5f);
    if (!selected) draw->AddRect(pos, max, palette.chip_border, size.y * 0.5f, 0, 1.0f);
    const char* end = ImGui::FindRenderedTextEnd(label);
    draw->AddText(ImVec2(pos.x + padding.x, pos.y + padding.y),
                  selected ? palette.paper : palette.ink, label, end);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopFont();
    return clicked;
}

namespace {
// A chevron (two strokes) centred at `centre`, pointing down or up.
void chevron(ImDrawList* draw, ImVec2 centre, bool up, ImU32 color) {
    const float w = 5.0f, h = up ? -3.0f : 3.0f;
    const ImVec2 points[3] = {ImVec2(centre.x - w, centre.y - h), ImVec2(centre.x, centre.y + h),
                              ImVec2(centre.x + w, centre.y - h)};
    draw->AddPolyline(points, 3, color, 0, 2.0f);
}

// A pressable row `width` wide and one line of the current font tall, padded: the dropdown and its
// options share it.
struct Row {
    ImVec2 pos, max;
    float height;
    bool clicked, hovered;
};
Row pressable_row(const char* str_id, ImVec2 padding, float width) {
    const float height = ImGui::GetFontSize() + padding.y * 2;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(str_id, ImVec2(width, height));
    return {pos, ImVec2(pos.x + width, pos.y + height), height, clicked, ImGui::IsItemHovered()};
}
} // namespace

bool dropdown(const char* str_id, const char* label, bool open, float width, ImFont* font,
              const Palette& palette) {
    ImGui::PushFont(font);
    const ImVec2 padding(14.0f, 9.0f);
    const auto [pos, max, height, clicked, hovered] = pressable_row(str_id, padding, width);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, max, hovered ? palette.chip_hover : palette.chip, 8.0f);
    draw->AddRect(pos, max, palette.chip_border, 8.0f, 0, 1.0f);
    const float chevron_x = max.x - padding.x - 5.0f;
    draw->PushClipRect(pos, ImVec2(chevron_x - 12.0f, max.y), true);
    draw->AddText(ImVec2(pos.x + padding.x, pos.y + padding.y), palette.ink, label);
    draw->PopClipRect();
    chevron(draw, ImVec2(chevron_x, pos.y + height * 0.5f), open, palette.ink);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopFont();
    return clicked;
}

bool list_option(const char* label, bool selected, float width, ImFont* font,
                 const Palette& palette) {
    ImGui::PushFont(font);
    const ImVec2 padding(14.0f, 8.0f);
    const auto [pos, max, height, clicked, hovered] = pressable_row(label, padding, width);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (selected || hovered)
        draw->AddRectFilled(pos, max, selected ? palette.accent_soft : palette.chip, 6.0f);
    draw->AddText(ImVec2(pos.x + padding.x, pos.y + padding.y), palette.ink, label,
                  ImGui::FindRenderedTextEnd(label));
    if (selected) { // a tick: the chosen one is not told by colour alone
        const float x = max.x - padding.x - 12.0f, y = pos.y + height * 0.5f;
        const ImVec2 tick[3] = {ImVec2(x, y), ImVec2(x + 4.0f, y + 4.0f),
                                ImVec2(x + 11.0f, y - 5.0f)};
        draw->AddPolyline(tick, 3, palette.accent, 0, 2.0f);
    }
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopFont();
    return clicked;
}

bool text_button(const char* str_id, const char* text, ImFont* font, ImU32 color, bool underline) {
    ImGui::PushFont(font);
    const ImVec2 size = ImGui::CalcTextSize(text);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    // A little vertical slack makes small text easier to hit with a finger.
    const bool clicked = ImGui::InvisibleButton(str_id, ImVec2(size.x, size.y + 6.0f));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddText(ImVec2(pos.x, pos.y + 3.0f), color, text);
    if (underline || hovered) {
        const float y = pos.y + 3.0f + size.y;
        draw->AddLine(ImVec2(pos.x, y), ImVec2(pos.x + size.x, y), color, hovered ? 1.5f : 1.0f);
    }
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopFont();
    return clicked;
}

} // namespace aicost::ui
