#!/usr/bin/env bash
# Makes the document's text face, OpenSansKAM-{Regular,Bold,Italic}.ttf: Open Sans 1.11
# (Debian's fonts-open-sans, Apache 2.0) with the symbols the document draws beside its
# text taken from DejaVuSans.ttf (arrows, operators, shapes, stars, checks: U+2190-23FF,
# U+25A0-27BF, U+2B00-2BFF; Open Sans keeps its own where it has them). One face draws a
# line such as "Cooperative → Interdependent" whole: gofpdf parses every face a document
# registers, and a line in two faces is two pieces of text for a reader of the PDF.
# The tables gofpdf does not use (hinting, OpenType layout) are left out, and the faces are
# renamed "Open Sans KAM", as the Bitstream Vera licence of DejaVu's glyphs asks of a
# modified font. Needs fontTools (python3-fonttools) and fonts-open-sans.
# Usage: assets/fonts/make-text-face.sh [DIR OF OpenSans-*.ttf]
set -euo pipefail
src=${1:-/usr/share/fonts/truetype/open-sans}
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m fontTools.subset DejaVuSans.ttf --output-file="$tmp/symbols.ttf" --layout-features='' --no-hinting \
	--unicodes="U+2190-23FF,U+25A0-27BF,U+2B00-2BFF"
for style in Regular Bold Italic; do
	python3 -m fontTools.subset "$src/OpenSans-$style.ttf" --output-file="$tmp/$style.ttf" --unicodes='*' --glyphs='*' \
		--no-hinting --layout-features='' --name-IDs='*' --name-legacy --name-languages='*'
	python3 - "$tmp/$style.ttf" "$tmp/symbols.ttf" "$style" <<'PY'
import sys
from fontTools.ttLib import TTFont
from fontTools.merge import Merger
text, symbols, style = sys.argv[1:]
for path in (text, symbols):
    f = TTFont(path)
    for t in ("GDEF", "GPOS", "GSUB", "gasp", "MATH"):
        if t in f:
            del f[t]
    f.save(path)
f = Merger().merge([text, symbols])
names = {1: "Open Sans KAM", 3: "Open Sans KAM " + style, 4: "Open Sans KAM " + style,
         6: "OpenSansKAM-" + style, 16: "Open Sans KAM"}
for r in f["name"].names:
    if r.nameID in names:
        r.string = names[r.nameID]
f.save("OpenSansKAM-" + style + ".ttf")
PY
done
