#include "ui/layout.h"

#include "model/actions.h"
#include "model/strings.h"
#include "model/view_texts.h"

#include <algorithm>

namespace aicost::ui {

void wrapped(ImFont* font, ImU32 color, const std::string& str, float width) {
    // ImGui's own wrapping also breaks after ',' and '.', which splits numbers; no-break spaces
    // (French) keep "294 672 $" whole.
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    size_t line_start = 0;
    while (line_start < str.size()) {
        size_t line_end = str.find(' ', line_start);
        if (line_end == std::string::npos) line_end = str.size();
        // Extend the line word by word while it fits.
        while (line_end < str.size()) {
            size_t next = str.find(' ', line_end + 1);
            if (next == std::string::npos) next = str.size();
            if (text_width(font, str.substr(line_start, next - line_start).c_str()) > width) break;
            line_end = next;
        }
        // A single word wider than the column (a URL) is cut between characters instead.
        size_t next_start = line_end + 1;
        if (text_width(font, str.substr(line_start, line_end - line_start).c_str()) > width) {
            size_t cut = line_start;
            for (size_t i = line_start + 1; i <= line_end; ++i) {
                if (i < line_end && (static_cast<unsigned char>(str[i]) & 0xC0) == 0x80)
                    continue; // inside a UTF-8 sequence
                if (text_width(font, str.substr(line_start, i - line_start).c_str()) > width) break;
                cut = i;
            }
            if (cut > line_start && cut < line_end) line_end = next_start = cut;
        }
        // Lines of one paragraph sit closer than separate items (line height about 1.4).
        const bool last = line_end >= str.size();
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, last ? 6.0f : 3.0f));
        ImGui::TextUnformatted(str.data() + line_start, str.data() + line_end);
        ImGui::PopStyleVar();
        line_start = next_start;
    }
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void gap(float height) {
    ImGui::Dummy(ImVec2(1, height));
}

void rule(const Frame& f) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(f.left, pos.y), ImVec2(f.left + f.width, pos.y),
                                        f.ctx.palette.rule, 1.0f);
    gap(1);
}

void section(const Frame& f, const std::string& title) {
    gap(22);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    // A short, heavy rule over the kicker: the newspaper's way to open a section.
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(f.left, pos.y), ImVec2(f.left + 32, pos.y + 3),
                                              f.ctx.palette.ink);
    gap(10);
    wrapped(f.ctx.fonts.kicker, f.ctx.palette.ink, title, f.width);
}

void anchor(Frame& f, const std::string& key, float rounding) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    f.result.anchors.push_back({key, min.x, min.y, max.x - min.x, max.y - min.y});
    if (f.ctx.focused != key) return;
    // Outside the item, in the focus colour (3:1 or more on paper in both themes).
    const float inset = -3.0f;
    const float radius = std::min(rounding + 3.0f, (max.y - min.y) * 0.5f + 3.0f);
    ImGui::GetForegroundDrawList()->AddRect(ImVec2(min.x + inset, min.y + inset),
                                            ImVec2(max.x - inset, max.y - inset),
                                            f.ctx.palette.focus, radius, 0, 2.0f);
}

void anchor_block(Frame& f, std::string_view part, float top) {
    const float bottom = ImGui::GetCursorScreenPos().y;
    if (bottom > top)
        f.result.anchors.push_back({block_key(part), f.left, top, f.width, bottom - top});
}

void act(Frame& f, std::string_view key) {
    if (apply_action(f.state, f.ctx.catalog, key)) f.result.state_changed = true;
}

void citation(Frame& f, const char* prefix_key, const Source& source, const std::string& key) {
    const std::string cite = citation_text(prefix_key, source, f.lang(), f.ctx.strings);
    // The group makes all the citation's lines one clickable item, not just the last.
    ImGui::BeginGroup();
    wrapped(f.ctx.fonts.small, f.ctx.palette.accent, cite, f.width);
    ImGui::EndGroup();
    anchor(f, key);
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) f.result.open_url = source.url;
    }
}

bool fold_toggle(Frame& f, std::string_view fold, const std::string& show, const std::string& hide,
                 ImFont* font, bool underline) {
    const bool open = f.state.open_folds.count(fold) > 0;
    const std::string key = fold_key(fold);
    ImGui::PushID(key.c_str());
    if (text_button("##toggle", (open ? hide : show).c_str(), font, f.ctx.palette.accent,
                    underline))
        act(f, key); // the height changes: the platform redraws
    anchor(f, key);
    ImGui::PopID();
    return f.state.open_folds.count(fold) > 0;
}

} // namespace aicost::ui
