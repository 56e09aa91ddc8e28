package pdf

import "kamplan/domain"

// commitment is the resources the plan needs and the sign-off: who agreed, internally and
// for the client, and when (the client's copy is dated by hand), each on a line to sign.
type commitment struct{}

func (commitment) key() string          { return "pdf.s.commitment" }
func (commitment) first(d *doc) float64 { return 40 }

func (c commitment) draw(d *doc) {
	// the resources are numbered as the sign-off under them is; a lone "11.1 Sign-off" read as a slip
	signOff := d.heading
	if d.plan.Resources != "" {
		d.listedHeading(d.t("pdf.resources"), 10)
		d.para(d.plan.Resources)
		signOff = d.listedHeading
	}
	signOff(d.t("pdf.sign_off"), 2*(signBoxH+4)+quoteH) // both boxes and the closing sentence on one page, under it
	agreed := d.plan.Commitment
	client := firstNonEmpty(agreed.ClientAgreement.By, d.plan.PreparedFor) // else the person it is prepared for signs
	ours, theirs := d.t("pdf.internal_approval"), d.t("pdf.agreement_by", d.txt(d.account.Name))
	if name := d.in.Settings.CompanyName; name != "" { // the parties by name, as a contract does
		ours = d.t("pdf.approval_by", d.txt(name))
	}
	c.signBox(d, ours, d.loc.OurPerson(agreed.InternalApproval.By, &d.account), agreed.InternalApproval.Date)
	c.signBox(d, theirs, d.loc.ClientPerson(client, d.plan), agreed.ClientAgreement.Date)
	if !d.client { // our maxim, which speaks of the client
		d.para(d.t("pdf.commitment_quote"))
	}
}

// signBoxH is the height of a box to sign; quoteH of the sentence that closes the sign-off.
const signBoxH, quoteH = 32, 10

// signBox shows who agrees (or a blank for the name), a line to sign on and the date (or a
// blank for it).
func (commitment) signBox(d *doc, label, by string, date domain.Date) {
	const h = signBoxH
	d.need(h + 4)
	y := d.pdf.GetY()
	d.draw(rule)
	d.pdf.SetLineWidth(0.3)
	d.pdf.Rect(marginX, y, d.width(), h, "D")
	line := func(dy float64, style, text string) {
		d.font(style, bodySize)
		d.pdf.SetXY(marginX+3, y+dy)
		d.pdf.CellFormat(d.width()-6, 5, text, "", 0, "L", false, 0, "")
	}
	d.colour(ink)
	line(2, "B", label)
	line(8, "", d.t("pdf.by")+": "+firstNonEmpty(d.txt(d.loc.InApposition(by)), "______________________________"))
	sign := d.t("pdf.signature") + ":"
	line(18, "", sign)
	x := marginX + 6 + d.pdf.GetStringWidth(sign)
	d.draw(muted)
	d.pdf.SetLineWidth(0.2)
	d.pdf.Line(x, y+22, x+70, y+22)
	when := "__________"
	if !date.IsZero() && !d.client {
		when = d.loc.LongDate(date)
	}
	line(24, "", d.t("pdf.on")+": "+when)
	d.pdf.SetY(y + h + 4)
}
