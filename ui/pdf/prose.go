package pdf

import (
	"strings"

	"kamplan/ui/pdf/charts"
)

// The prose of the document: headings, paragraphs, label–value facts, bullets, lists of
// names and colour keys, each kept on one page with what must stay with it.

// headingH is the height of a one-line heading.
const headingH = 9

// heading is a sub-heading that never ends a page alone: it keeps minBody mm with it.
func (d *doc) heading(text string, minBody float64) {
	d.need(headingH + minBody)
	d.keep(func() {
		d.pdf.Ln(2)
		d.look.HeadingFont(d.pdf, 11.5)
		d.colour(ink)
		d.pdf.MultiCell(d.width(), 6, text, "", "L", false)
		d.pdf.Ln(1)
	})
}

// continuedCaption names, in a small caption at the top of a page, what runs onto it from the
// page before: "Actions (continued)". Nothing when name is empty.
func continuedCaption(d *doc, name string) {
	if name == "" {
		return
	}
	d.font("B", smallSize)
	d.colour(muted)
	d.pdf.SetX(marginX)
	d.pdf.CellFormat(d.width(), 5, d.t("pdf.continued", name), "", 1, "L", false, 0, "")
}

// listedHeading is a heading numbered under its section's number, with an entry in the
// contents and the outline: the document's parts a reader looks for (the white-space map,
// the influence map, each TOWS strategy…).
func (d *doc) listedHeading(text string, minBody float64) {
	d.need(headingH + minBody)
	d.keep(func() {
		d.pdf.Ln(2)
		link := d.pdf.AddLink()
		d.pdf.SetLink(link, d.pdf.GetY(), d.pdf.PageNo())
		number := d.toc.add(d, 1, text, link)
		d.look.HeadingFont(d.pdf, 11.5)
		d.colour(ink)
		writeNumbered(d, number, text, 6, headingNumberW)
		d.pdf.Ln(1)
	})
}

// writeNumbered writes a title after its number, h mm a line, the number in a column w wide.
func writeNumbered(d *doc, number, title string, h, w float64) {
	y := d.pdf.GetY()
	d.pdf.CellFormat(w, h, number, "", 0, "L", false, 0, "")
	d.pdf.SetXY(marginX+w, y)
	d.pdf.MultiCell(d.width()-w, h, title, "", "L", false)
}

// para writes wrapped body text.
func (d *doc) para(text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	d.font("", bodySize)
	d.colour(ink)
	d.pdf.MultiCell(d.width(), lineH, d.txt(text), "", "L", false)
	d.pdf.Ln(2)
}

// headedPara is a heading and its paragraph, or nothing when there is no text.
func (d *doc) headedPara(title, text string) {
	if text == "" {
		return
	}
	d.heading(title, 10)
	d.para(text)
}

// notAssessed says in one line that a part of the plan is still empty.
func (d *doc) notAssessed() {
	d.font("I", bodySize)
	d.colour(muted)
	d.pdf.MultiCell(d.width(), lineH, d.t("pdf.not_assessed"), "", "L", false)
	d.pdf.Ln(2)
}

// facts are label–value lines in two columns; a line with no value is left out.
type facts [][2]string

// height is the height the facts take.
func (rows facts) height(d *doc) float64 {
	labelW := d.width() * 0.32
	d.font("", bodySize)
	total := 2.0
	for _, r := range rows {
		if strings.TrimSpace(r[1]) != "" {
			total += float64(len(d.pdf.SplitText(r[1], d.width()-labelW)))*lineH + 0.8
		}
	}
	return total
}

// draw writes the facts; a short block of them stays on one page.
func (rows facts) draw(d *doc) {
	labelW := d.width() * 0.32
	if total := rows.height(d); total < 80 {
		d.need(total) // a short block of facts stays on one page
	}
	for _, r := range rows {
		if strings.TrimSpace(r[1]) == "" {
			continue
		}
		d.font("", bodySize)
		lines := d.pdf.SplitText(r[1], d.width()-labelW)
		d.need(float64(len(lines)) * lineH)
		y := d.pdf.GetY()
		d.colour(muted)
		d.pdf.SetXY(marginX, y)
		d.pdf.MultiCell(labelW, lineH, r[0], "", "L", false)
		d.colour(ink)
		d.pdf.SetXY(marginX+labelW, y)
		d.pdf.MultiCell(d.width()-labelW, lineH, r[1], "", "L", false)
		d.pdf.SetY(max(d.pdf.GetY(), y+lineH) + 0.8)
	}
	d.pdf.Ln(2)
}

// fit shortens text with an ellipsis to fit w millimetres in the current font.
func (d *doc) fit(s string, w float64) string { return canvasOf(d).Fit(s, w) }

// clip keeps at most lines lines of text at width w in the current font, ending in "…".
func (d *doc) clip(text string, w float64, lines int) string {
	got := d.pdf.SplitText(text, w)
	if len(got) <= lines {
		return text
	}
	last := d.fit(got[lines-1]+" …", w-2)
	return strings.Join(append(got[:lines-1], last), " ")
}

func (d *doc) bullet(text string) { d.bulletAt(text, d.width()) }

// bulletAt writes a bulleted paragraph w millimetres wide.
func (d *doc) bulletAt(text string, w float64) {
	d.font("", bodySize)
	d.colour(ink)
	lines := d.pdf.SplitText(text, w-5)
	d.need(float64(len(lines)) * lineH)
	y := d.pdf.GetY()
	d.fill(d.accent)
	d.pdf.Circle(marginX+1.5, y+2.3, 0.8, "F")
	d.pdf.SetXY(marginX+5, y)
	d.pdf.MultiCell(w-5, lineH, text, "", "L", false)
	d.pdf.Ln(0.8)
}

// colourKey explains the colours of a chart (see charts.Key).
type colourKey = charts.Key

// swatch is one entry of a colour key.
type swatch = charts.Swatch

// draw writes the key across the page at the cursor.
func drawKey(d *doc, key colourKey) { key.Draw(canvasOf(d), marginX, d.width()) }

// flowNames writes a bold title then names separated by commas, never breaking a name
// across lines.
func (d *doc) flowNames(title string, names []string) {
	const h = 3.8
	d.need(h)
	d.font("B", smallSize)
	d.colour(ink)
	d.pdf.SetX(marginX)
	title = d.txt(title) + " "
	d.pdf.CellFormat(d.pdf.GetStringWidth(title), h, title, "", 0, "L", false, 0, "")
	d.font("", smallSize)
	for _, w := range d.flow(title, names) {
		if w.newLine {
			d.pdf.Ln(h)
			d.need(h)
		}
		d.pdf.SetX(w.x)
		d.pdf.CellFormat(w.w, h, w.text, "", 0, "L", false, 0, "")
	}
	d.pdf.Ln(h + 0.6)
}

// flowHeight is the height flowNames takes.
func (d *doc) flowHeight(title string, names []string) float64 {
	lines := 1
	for _, w := range d.flow(d.txt(title)+" ", names) {
		if w.newLine {
			lines++
		}
	}
	return float64(lines)*3.8 + 0.6
}

// flowed is a name placed by flow: at x, w wide, first on a new line or not.
type flowed struct {
	text    string
	x, w    float64
	newLine bool
}

// flow places names after a bold title, in the small text size.
func (d *doc) flow(title string, names []string) []flowed {
	right := marginX + d.width()
	d.font("B", smallSize)
	x := marginX + d.pdf.GetStringWidth(title)
	d.font("", smallSize)
	var out []flowed
	for i, n := range names {
		text := d.txt(n)
		if i < len(names)-1 {
			text += ","
		}
		w := d.pdf.GetStringWidth(text + " ")
		wrap := x+w > right && x > marginX+10
		if wrap {
			x = marginX + 4
		}
		out = append(out, flowed{text, x, w, wrap})
		x += w
	}
	return out
}
