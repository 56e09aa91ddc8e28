package pdf

import coverpage "kamplan/ui/pdf/cover"

// cover is the first page: the account, the plan's period, who prepared it for whom, the
// edition and what the edition may be shown to, laid out by package cover in the theme's
// layout.
type cover struct{}

func (cover) draw(d *doc) {
	in := coverpage.Input{Label: d.t("pdf.title"), Account: d.txt(d.account.Name), Period: d.txt(d.plan.Period),
		For: coverpage.Party{Label: d.t("pdf.cover.prepared_for"), Person: d.txt(d.loc.ClientPerson(d.plan.PreparedFor, d.plan)),
			Organisation: d.txt(d.account.Name), Logo: d.account.Logo},
		By: coverpage.Party{Label: d.t("pdf.cover.prepared_by"), Person: d.txt(d.loc.OurPerson(d.plan.PreparedBy, &d.account)),
			Organisation: d.txt(d.in.Settings.CompanyName), Logo: d.in.Settings.Logo},
		Details:      [][2]string{{d.t("pdf.cover.date"), d.docDate()}, {d.t("pdf.cover.edition"), d.t("pdf.cover.edition." + d.edition())}},
		Confidential: d.t("pdf.confidential." + d.edition()), Note: coverNote(d),
		Accent: d.accent, Margin: marginX}
	d.warnings = append(d.warnings, coverpage.Draw(d.pdf, in, d.look)...)
}

// coverNote says what the copy is; the client's names the account it is shared with.
func coverNote(d *doc) string {
	if d.client {
		return d.t("pdf.confidential_note.client", d.txt(d.account.Name))
	}
	return d.t("pdf.confidential_note." + d.edition())
}
