package pdf

import (
	"fmt"
	"kamplan/domain"
)

// orgChart draws the reports-to tree as indented boxes, level by level.
func (d *doc) relationshipMap() {
	d.heading(d.t("pdf.org_chart"), 50)
	kids := map[string][]domain.Contact{}
	var roots []domain.Contact
	for _, c := range d.plan.Contacts {
		if c.ReportsTo == "" || d.plan.FindContact(c.ReportsTo) == nil {
			roots = append(roots, c)
		} else {
			kids[c.ReportsTo] = append(kids[c.ReportsTo], c)
		}
	}
	drawn := 0
	for _, r := range roots {
		d.orgNode(r, kids, 0, &drawn)
	}
	if drawn < len(d.plan.Contacts) {
		d.font("I", smallSize)
		d.colour(muted)
		d.pdf.MultiCell(d.width(), 4, d.t("pdf.org_partial", drawn, len(d.plan.Contacts)), "", "L", false)
	}
	d.pdf.Ln(3)
}

// Large maps show the top of the organisation; the contacts table lists everyone.
const (
	orgMaxNodes = 40
	orgMaxDepth = 4
)

func (d *doc) orgNode(c domain.Contact, kids map[string][]domain.Contact, depth int, drawn *int) {
	const boxH = 9.0
	if depth >= orgMaxDepth || *drawn >= orgMaxNodes {
		return
	}
	*drawn++
	d.need(boxH + 1.5)
	x := marginX + float64(depth)*9
	y := d.pdf.GetY()
	if depth > 0 {
		d.draw(rule)
		d.pdf.SetLineWidth(0.3)
		d.pdf.Line(x-5, y-1.5, x-5, y+boxH/2)
		d.pdf.Line(x-5, y+boxH/2, x, y+boxH/2)
	}
	d.fill(d.tint(0.08))
	d.draw(d.tint(0.5))
	d.pdf.SetLineWidth(0.25)
	d.pdf.RoundedRect(x, y, 78, boxH, 1.5, "1234", "FD")
	d.pdf.SetXY(x+2, y+0.8)
	d.font("B", 7.5)
	d.colour(ink)
	d.pdf.CellFormat(74, 3.8, d.txt(c.Name), "", 2, "L", false, 0, "")
	d.pdf.SetX(x + 2)
	d.font("", 6.5)
	d.colour(muted)
	d.pdf.CellFormat(74, 3.4, d.txt(c.Title), "", 0, "L", false, 0, "")
	d.pdf.SetXY(x+80, y+2.5)
	d.font("", 7)
	d.colour(ink)
	d.pdf.CellFormat(d.width()-80-float64(depth)*9, 4,
		d.t(fmt.Sprintf("rel.%d", c.RelNow))+" → "+d.t(fmt.Sprintf("rel.%d", c.RelTarget)), "", 0, "L", false, 0, "")
	d.pdf.SetY(y + boxH + 1.5)
	for _, k := range kids[c.ID] {
		d.orgNode(k, kids, depth+1, drawn)
	}
}
