#include "ui/sources_view.h"

#include "model/citations.h"

#include <string>

namespace aicost::ui {

void draw_sources(Frame& f) {
    const Palette& p = f.palette();
    const std::vector<Citation> citations = cited_sources(f.ctx.catalog, f.state);
    gap(22);
    rule(f);
    gap(10);
    // Folded by default: the lines already cite their sources; the panel is the full record.
    const std::string count = std::to_string(citations.size());
    if (!fold_toggle(f, "sources", fill(f.t("sources.show"), {{"count", count}}),
                     fill(f.t("sources.hide"), {{"count", count}}), f.ctx.fonts.strong, false))
        return;
    gap(6);
    wrapped(f.ctx.fonts.small, p.muted, f.t("sources.assumed"), f.width);
    for (size_t i = 0; i < citations.size(); ++i) {
        const Citation& c = citations[i];
        gap(6);
        ImGui::PushID(static_cast<int>(i));
        ImGui::BeginGroup();
        std::string head = std::to_string(i + 1) + ". " + c.source.publisher + ", " +
                           f.t("quote.open") + c.source.title + f.t("quote.close") + " (" +
                           c.source.date + ")";
        const std::string& locator = c.source.locator.in(f.lang());
        if (!locator.empty()) head += ", " + locator;
        wrapped(f.ctx.fonts.small, p.ink, head + ".", f.width);
        for (const std::string& quote : c.quotes)
            wrapped(f.ctx.fonts.small, p.muted, f.t("quote.open") + quote + f.t("quote.close"),
                    f.width);
        wrapped(f.ctx.fonts.small, p.accent, c.source.url, f.width);
        ImGui::EndGroup();
        if (ImGui::IsItemHovered()) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) f.result.open_url = c.source.url;
        }
        ImGui::PopID();
    }
}

} // namespace aicost::ui
