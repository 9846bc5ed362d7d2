#include "ui/sources_view.h"

#include "model/citations.h"
#include "model/view_texts.h"

#include <string>

namespace aicost::ui {

void draw_sources(Frame& f) {
    const Palette& p = f.palette();
    const std::vector<Citation> citations = cited_sources(f.ctx.catalog, f.state);
    gap(16);
    rule(f);
    gap(10);
    // Folded by default: the lines already cite their sources; the panel is the full record.
    const std::string count = std::to_string(citations.size());
    if (!fold_toggle(f, kSourcesFold, fill(f.t("sources.show"), {{"count", count}}),
                     fill(f.t("sources.hide"), {{"count", count}}), f.ctx.fonts.strong, false))
        return;
    gap(6);
    wrapped(f.ctx.fonts.small, p.muted, f.t("sources.assumed"), f.width);
    for (size_t i = 0; i < citations.size(); ++i) {
        const Citation& c = citations[i];
        gap(6);
        ImGui::PushID(static_cast<int>(i));
        ImGui::BeginGroup();
        wrapped(f.ctx.fonts.small, p.ink, citation_heading(c, i, f.lang(), f.ctx.strings), f.width);
        for (const std::string& quote : c.quotes)
            wrapped(f.ctx.fonts.small, p.muted, f.t("quote.open") + quote + f.t("quote.close"),
                    f.width);
        wrapped(f.ctx.fonts.small, p.accent, c.source.url, f.width);
        ImGui::EndGroup();
        anchor(f, source_key(i));
        if (ImGui::IsItemHovered()) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) f.result.open_url = c.source.url;
        }
        ImGui::PopID();
    }
}

} // namespace aicost::ui
