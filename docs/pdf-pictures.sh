#!/usr/bin/env bash
# pdf-pictures.sh — retakes the README's pictures of the plan document: the cover in each
# theme (with a company and a client logo drawn here), the executive summary of the internal
# edition, the client edition's strategies in the classic theme, and the plan on one page.
# The English pictures show the English sample (Thistlecombe Foods), the Spanish ones the
# Spanish sample (Aceros del Norte).
# Needs poppler-utils, imagemagick, python3 and sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -tags no_emoji -o "$tmp/kamplan" .
db=$tmp/k.db
font=assets/fonts/OpenSansKAM-Bold.ttf
convert -size 300x100 xc:none -fill '#1F5FAF' -draw "circle 50,50 50,6" -font "$font" -pointsize 40 -annotate +108+66 'TIN' "$tmp/company.png"
convert -size 360x120 xc:none -fill '#B03A2E' -draw "rectangle 4,14 96,106" -fill '#222' -font "$font" -pointsize 40 -annotate +110+76 'ACEROS' "$tmp/client.png"
convert -size 360x120 xc:none -fill '#2E7D4F' -draw "circle 60,60 60,10" -fill '#222' -font "$font" -pointsize 34 -annotate +124+74 'THISTLE' "$tmp/client-en.png"
with_logo() {
	python3 - "$1" "$2" "$3" <<'PY'
import base64, json, sys
plan = json.load(open(sys.argv[2]))
plan["account"]["logo"] = base64.b64encode(open(sys.argv[1], "rb").read()).decode()
json.dump(plan, open(sys.argv[3], "w"), ensure_ascii=False)
PY
}
with_logo "$tmp/client.png" assets/sample/01-aceros-del-norte.json "$tmp/aceros.json"
with_logo "$tmp/client-en.png" assets/sample/07-thistlecombe-foods.json "$tmp/thistlecombe.json"
for f in assets/sample/*.json "$tmp/aceros.json" "$tmp/thistlecombe.json"; do "$tmp/kamplan" --db "$db" import-json --replace "$f" >/dev/null; done
python3 - "$db" "$tmp/company.png" <<'PY'
import base64, json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
row = db.execute("SELECT value FROM settings WHERE key = 'settings'").fetchone()
st = json.loads(row[0]) if row else {}
st.update(company_name="Tecnologías Industriales del Norte", logo=base64.b64encode(open(sys.argv[2], "rb").read()).decode())
db.execute("INSERT INTO settings(key, value, version) VALUES('settings', ?, 1) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
           (json.dumps(st, ensure_ascii=False),))
db.commit()
PY
acc="Thistlecombe Foods plc"
export_pdf() { "$tmp/kamplan" --db "$db" export-pdf --account "$acc" "$@" >/dev/null; }
page() { pdftoppm -png -r "$3" -f "$2" -l "$2" -singlefile "$1" "$4"; }
for t in modern classic sober; do
	export_pdf --edition client --lang en --theme "$t" --out "$tmp/$t.pdf"
	page "$tmp/$t.pdf" 1 40 "$tmp/cover-$t"
done
montage "$tmp"/cover-{modern,classic,sober}.png -tile 3x -geometry +6+6 -background '#9AA3B0' docs/pdf-covers.png
export_pdf --edition client --lang en --theme classic --out "$tmp/client.pdf"
strategies=$(for n in $(seq 1 "$(pdfinfo "$tmp/client.pdf" | awk '/^Pages:/ { print $2 }')"); do
	pdftotext -f "$n" -l "$n" "$tmp/client.pdf" - | grep -q 'Cross analysis and strategies' && echo "$n" || true; done | sed -n 2p)
page "$tmp/client.pdf" "$strategies" 70 docs/pdf-client
acc="Aceros del Norte, S.A."
export_pdf --lang es --out "$tmp/internal.pdf"
page "$tmp/internal.pdf" 3 70 docs/pdf-internal
export_pdf --edition onepage --lang es --out "$tmp/onepage.pdf"
page "$tmp/onepage.pdf" 1 70 docs/pdf-onepage
optipng -quiet docs/pdf-*.png 2>/dev/null || true
