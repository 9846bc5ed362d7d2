#!/bin/sh
# Makes the small Inter subsets the native view tests lay text out with (in the browser the page
# draws the type: site/widget-glyphs.js), from Debian's fonts-inter, with fonttools' pyftsubset.
# The output is committed (with Inter's OFL licence) so a build needs neither.
# Keep UNICODES in step with the glyph ranges in ui/fonts.cpp.
set -eu
cd "$(dirname "$0")/.."
src=/usr/share/fonts/opentype/inter
out=assets/fonts
# Latin, Latin-1 (French accents, ×, «»), Œœ, typographic spaces, dashes, quotes, bullet,
# ellipsis, narrow no-break space, €, arrows, minus, ≈, ≤ ≥.
UNICODES="U+0020-007E,U+00A0-00FF,U+0152-0153,U+2009-200A,U+2013-2014,U+2018-201E,U+2022,U+2026,U+202F,U+20AC,U+2190-2193,U+2212,U+2248,U+2264-2265"
mkdir -p "$out"
for weight in Regular SemiBold; do
    # Every byte is in the widget's download: no layout tables (ImGui does no shaping) and, of the
    # names, the copyright, family, style and licence (OFL.txt is the licence in full).
    pyftsubset "$src/Inter-$weight.otf" --unicodes="$UNICODES" --layout-features='' \
        --drop-tables+=GDEF,GPOS,GSUB --no-hinting --desubroutinize --name-IDs=0,1,2,13,14 \
        --output-file="$out/Inter-$weight.subset.otf"
done
ls -l "$out"
