package pdf

import "kamplan/domain"

// commitment is the resources the plan needs and the sign-off: who agreed, internally
// and for the client, and when — or lines to sign on paper.
type commitment struct{}

func (commitment) key() string          { return "pdf.s.commitment" }
func (commitment) first(d *doc) float64 { return 40 }

func (c commitment) draw(d *doc) {
	d.headedPara(d.t("pdf.resources"), d.plan.Resources)
	d.listedHeading(d.t("pdf.sign_off"), 50)
	agreed := d.plan.Commitment
	c.signBox(d, d.t("pdf.internal_approval"), d.ours(agreed.InternalApproval.By), agreed.InternalApproval.Date)
	c.signBox(d, d.t("pdf.client_agreement"), d.theirs(agreed.ClientAgreement.By), agreed.ClientAgreement.Date)
	d.para(d.t("pdf.commitment_quote"))
}

// signBox shows who agreed and when, or blank lines to sign on paper.
func (commitment) signBox(d *doc, label, by string, date domain.Date) {
	d.need(24)
	y := d.pdf.GetY()
	d.draw(rule)
	d.pdf.SetLineWidth(0.3)
	d.pdf.Rect(marginX, y, d.width(), 20, "D")
	d.pdf.SetXY(marginX+3, y+2)
	d.font("B", bodySize)
	d.colour(ink)
	d.pdf.CellFormat(d.width()-6, 5, label, "", 2, "L", false, 0, "")
	d.font("", bodySize)
	d.pdf.SetX(marginX + 3)
	by = d.txt(by)
	if by == "" {
		by = "______________________________"
	}
	when := d.loc.LongDate(date)
	if date.IsZero() {
		when = "____ / ____ / ________"
	}
	d.pdf.CellFormat(d.width()-6, 5, d.t("pdf.by")+": "+by, "", 2, "L", false, 0, "")
	d.pdf.SetX(marginX + 3)
	d.pdf.CellFormat(d.width()-6, 5, d.t("pdf.on")+": "+when, "", 2, "L", false, 0, "")
	d.pdf.SetY(y + 24)
}
