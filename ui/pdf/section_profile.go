package pdf

import (
	"kamplan/domain"
	"strings"
)

func (d *doc) profile() {
	d.section("pdf.s.profile", 0)
	a := d.account
	tier := ""
	if a.Tier != "" {
		tier = d.t("tier." + string(a.Tier)) // internal: the client copy has no tier
	}
	d.facts([][2]string{
		{d.t("pdf.account"), d.txt(a.Name)},
		{d.t("pdf.tier"), tier},
		{d.t("pdf.industry"), d.txt(a.Industry)},
		{d.t("pdf.country"), d.txt(a.Country)},
		{d.t("pdf.size"), d.txt(a.Size)},
		{d.t("pdf.employees"), d.count(a.Employees)},
		{d.t("pdf.annual_revenue"), d.annualRevenue(a)},
		{d.t("pdf.website"), d.txt(a.Website)},
		{d.t("pdf.owner"), d.txt(a.Owner)},
	})
	var rows [][]string
	for _, m := range a.Team {
		rows = append(rows, []string{d.txt(m.Name), d.t("role." + string(m.Role))})
	}
	table{header: []string{d.t("pdf.name"), d.t("pdf.role")}, align: "LL", rows: rows}.drawHeaded(d, d.t("pdf.team"))
	d.heading(d.t("pdf.context"), 10)
	if strings.TrimSpace(d.plan.Context) == "" {
		d.notAssessed()
	}
	d.para(d.plan.Context)
	if !d.client && a.Notes != "" {
		d.heading(d.t("pdf.internal_notes"), 10)
		d.para(a.Notes)
	}
}

func (d *doc) clientSWOT() {
	d.section("pdf.s.client_swot", d.swotFirstRow(d.plan.SWOTOf(domain.SubjectClient, "")))
	d.swotOrNot(d.plan.SWOTOf(domain.SubjectClient, ""))
}

func (d *doc) swotOrNot(w *domain.SWOT) {
	if w == nil || len(w.Items) == 0 {
		d.notAssessed()
		return
	}
	d.swotGrid(*w)
}

func (d *doc) position() {
	us := d.plan.SWOTOf(domain.SubjectUs, "")
	if d.client && us == nil { // the client's copy holds our SWOT only when items of it are shared
		d.section("pdf.s.position", 9+d.pyramidHeight())
	} else {
		d.section("pdf.s.position", 9+d.swotFirstRow(us))
		d.heading(d.t("subject.us"), 60)
		d.swotOrNot(us)
	}
	d.heading(d.t("pdf.stage"), d.pyramidHeight())
	d.stagePyramid(d.plan.StageNow, d.plan.StageTarget)
	d.heading(d.t("pdf.wallet"), d.walletBarHeight(d.plan.Wallet)+d.factsHeight(d.walletFacts())) // never alone at a page's foot
	d.wallet()
	d.whiteSpaceMap()
}

func (d *doc) wallet() {
	w := d.plan.Wallet
	if w.Potential <= 0 && w.Revenue <= 0 {
		d.notAssessed()
		return
	}
	rows := d.walletFacts()
	d.need(d.walletBarHeight(w) + d.factsHeight(rows)) // the bar and its figures stay together
	d.walletBar(w)
	d.facts(rows)
	d.walletOfferings(w)
}

// walletFacts are the wallet's figures beside their names.
func (d *doc) walletFacts() [][2]string {
	w := d.plan.Wallet
	rows := [][2]string{
		{d.t("pdf.potential"), d.loc.Money(w.Potential, d.plan.Currency)},
		{d.t("pdf.revenue"), d.loc.Money(w.Revenue, d.plan.Currency)},
		{d.t("pdf.share"), d.shareText(w)},
		{d.t("pdf.white_space"), d.loc.Money(w.WhiteSpace(), d.plan.Currency)},
		{d.t("pdf.basis"), d.txt(w.Basis)},
	}
	if !d.client && w.MarginPct != nil {
		rows = append(rows, [2]string{d.t("pdf.margin"), d.loc.Pct(*w.MarginPct)})
	}
	if !d.client && w.TargetShare != nil {
		rows = append(rows, [2]string{d.t("pdf.target_share"), d.loc.Pct(*w.TargetShare)})
	}
	return rows
}

// walletOfferings are the wallet by offering and the competitors present.
func (d *doc) walletOfferings(w domain.Wallet) {
	if len(w.Offerings) > 0 {
		var rs [][]string
		for _, o := range w.Offerings {
			share := "—"
			if v, ok := domain.ShareOfWallet(o.Revenue, o.Potential); ok {
				share = d.loc.Pct(v)
			}
			rs = append(rs, []string{d.txt(o.Name), d.loc.Money(o.Potential, d.plan.Currency), d.loc.Money(o.Revenue, d.plan.Currency), share, d.loc.Money(o.WhiteSpace(), d.plan.Currency)})
		}
		d.heading(d.t("pdf.offerings"), min(60, 12+7*float64(len(rs))))
		table{header: []string{d.t("pdf.offering"), d.t("pdf.potential"), d.t("pdf.revenue"), d.t("pdf.share"), d.t("pdf.white_space")}, align: "LRRRR", nowrap: ".xxxx", rows: rs}.draw(d)
	}
	if len(w.Competitors) > 0 {
		var rs [][]string
		for _, c := range w.Competitors {
			rs = append(rs, []string{d.txt(c.Name), d.loc.Pct(c.SharePct)})
		}
		d.heading(d.t("pdf.competitors_present"), min(60, 12+7*float64(len(rs))))
		table{header: []string{d.t("pdf.competitor"), d.t("pdf.est_share")}, align: "LR", nowrap: ".x", rows: rs}.draw(d)
	}
}
