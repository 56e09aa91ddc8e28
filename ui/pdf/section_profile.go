package pdf

import "strings"

// profile is the account: who they are, our team on it, the plan's context and
// (internal) our notes.
type profile struct{}

func (profile) key() string          { return "pdf.s.profile" }
func (profile) first(d *doc) float64 { return 0 }
func (profile) ownPage()             {}

func (profile) draw(d *doc) {
	a := d.account
	tier := ""
	if a.Tier != "" {
		tier = d.t("tier." + string(a.Tier)) // internal: the client copy has no tier
	}
	facts{
		{d.t("pdf.account"), d.txt(a.Name)},
		{d.t("pdf.tier"), tier},
		{d.t("pdf.industry"), d.txt(a.Industry)},
		{d.t("pdf.country"), d.txt(a.Country)},
		{d.t("pdf.size"), d.txt(a.Size)},
		{d.t("pdf.employees"), d.count(a.Employees)},
		{d.t("pdf.annual_revenue"), d.annualRevenue(a)},
		{d.t("pdf.website"), d.txt(a.Website)},
		{d.t("pdf.account_owner"), d.txt(a.Owner)},
	}.draw(d)
	var rows [][]string
	for _, m := range a.Team {
		rows = append(rows, []string{d.txt(m.Name), d.txt(d.loc.MemberTitle(m))})
	}
	table{header: []string{d.t("pdf.name"), d.t("pdf.role")}, align: "LL", rows: rows}.drawHeaded(d, d.t("pdf.team"))
	d.heading(d.t("pdf.context"), 10)
	if strings.TrimSpace(d.plan.Context) == "" {
		d.notAssessed()
	}
	d.para(d.plan.Context)
	if !d.client {
		d.headedPara(d.t("pdf.internal_notes"), a.Notes)
	}
}
