package pdf

import (
	"kamplan/domain"
	"kamplan/ui/pdf/charts"
)

// position is our position and the relationship: our SWOT, the relationship stage, the
// wallet and the white-space map.
type position struct{}

func (position) key() string { return "pdf.s.position" }

// ours is our SWOT, which the client's copy holds only when items of it are shared.
func (position) ours(d *doc) (*domain.SWOT, bool) {
	us := d.plan.SWOTOf(domain.SubjectUs, "")
	return us, !d.client || us != nil
}

func (p position) first(d *doc) float64 {
	if us, ok := p.ours(d); ok {
		return 9 + swotKept(d, us)
	}
	return 9 + pyramidOf(d).Height(canvasOf(d))
}

func (p position) draw(d *doc) {
	if us, ok := p.ours(d); ok {
		keepWhole(d, headingH+swotKept(d, us))
		d.listedHeading(d.t("subject.us"), swotKept(d, us))
		charts.SWOTGrid{W: us, Continued: swotContinued(d, d.t("subject.us")), KeyPage: &d.impactKeyPage}.Draw(canvasOf(d))
	}
	d.listedHeading(d.t("pdf.stage"), pyramidOf(d).Height(canvasOf(d)))
	pyramidOf(d).Draw(canvasOf(d))
	if !d.walletShown() {
		return
	}
	d.listedHeading(d.t("pdf.wallet"), charts.WalletBar{W: d.plan.Wallet}.Height()+p.walletFacts(d).height(d)) // never alone at a page's foot
	p.wallet(d)
	whiteSpaceMap{}.draw(d)
}

// wallet is the wallet's bar, its figures, and the wallet by offering and competitor.
func (p position) wallet(d *doc) {
	w := d.plan.Wallet
	if w.Potential <= 0 && w.Revenue <= 0 {
		d.notAssessed()
		return
	}
	rows := p.walletFacts(d)
	d.need(charts.WalletBar{W: w}.Height() + rows.height(d)) // the bar and its figures stay together
	charts.WalletBar{W: w}.Draw(canvasOf(d))
	rows.draw(d)
	p.walletOfferings(d, w)
}

// walletFacts are the wallet's figures beside their names.
func (position) walletFacts(d *doc) facts {
	w := d.plan.Wallet
	rows := facts{
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
func (position) walletOfferings(d *doc, w domain.Wallet) {
	if len(w.Offerings) > 0 {
		var rs [][]string
		for _, o := range w.Offerings {
			rs = append(rs, offeringRow(d, d.txt(o.Name), o))
		}
		rs = append(rs, offeringRow(d, d.t("pdf.total"), offeringsTotal(w)))
		table{header: []string{d.t("pdf.offering"), d.t("pdf.potential"), d.t("pdf.revenue"), d.t("pdf.share"), d.t("pdf.white_space")}, align: "LRRRR", nowrap: ".xxxx", rows: rs, total: true}.drawHeaded(d, d.t("pdf.offerings"))
	}
	if len(w.Competitors) > 0 {
		var rs [][]string
		for _, c := range w.Competitors {
			rs = append(rs, []string{d.txt(c.Name), d.loc.Pct(c.SharePct)})
		}
		table{header: []string{d.t("pdf.competitor"), d.t("pdf.est_share")}, align: "LR", nowrap: ".x", rows: rs}.drawHeaded(d, d.t("pdf.competitors_present"))
	}
}

// offeringRow is an offering's line of the wallet: potential, revenue, share, white space.
func offeringRow(d *doc, name string, o domain.Offering) []string {
	share := "—"
	if v, ok := domain.ShareOfWallet(o.Revenue, o.Potential); ok {
		share = d.loc.Pct(v)
	}
	return []string{name, d.loc.Money(o.Potential, d.plan.Currency), d.loc.Money(o.Revenue, d.plan.Currency), share, d.loc.Money(o.WhiteSpace(), d.plan.Currency)}
}

// offeringsTotal is the wallet by offering summed up: all offerings' potential and revenue.
func offeringsTotal(w domain.Wallet) domain.Offering {
	var t domain.Offering
	for _, o := range w.Offerings {
		t.Potential += o.Potential
		t.Revenue += o.Revenue
	}
	return t
}
