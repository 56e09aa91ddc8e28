package domain

// Money amounts are integer minor units (cents) in the plan's currency.

// Wallet is what the client spends in our categories and how much of it we win.
type Wallet struct {
	Potential   int64             `json:"potential"` // total purchase potential, all suppliers
	Revenue     int64             `json:"revenue"`   // our revenue, last 12 months or fiscal year
	Basis       string            `json:"basis,omitempty"`
	MarginPct   *float64          `json:"margin_pct,omitempty"`   // internal
	TargetShare *float64          `json:"target_share,omitempty"` // internal: share-of-wallet target, %
	Offerings   []Offering        `json:"offerings,omitempty"`
	Competitors []CompetitorShare `json:"competitors,omitempty"`
	// Internal keeps the wallet and the white-space map out of the client edition (METHOD.md
	// §9 shares them by default): the plan's choice, as "share with the client" is an item's.
	Internal bool `json:"internal,omitempty"`
}

// Offering is one product line of the wallet breakdown.
type Offering struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Potential int64  `json:"potential"`
	Revenue   int64  `json:"revenue"`
}

// CompetitorShare is a competitor present in the account with its estimated share.
type CompetitorShare struct {
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	SharePct float64 `json:"share_pct"`
}

// ShareOfWallet is revenue ÷ potential × 100; ok is false when the potential is not
// known (zero or less), where the share is undefined rather than infinite.
func ShareOfWallet(revenue, potential int64) (pct float64, ok bool) {
	if potential <= 0 {
		return 0, false
	}
	return float64(revenue) / float64(potential) * 100, true
}

// ShareOfWallet of the whole wallet.
func (w Wallet) ShareOfWallet() (float64, bool) { return ShareOfWallet(w.Revenue, w.Potential) }

// WhiteSpace is the potential we do not yet serve (potential − revenue).
func (w Wallet) WhiteSpace() int64 { return w.Potential - w.Revenue }

// WhiteSpace of one offering.
func (o Offering) WhiteSpace() int64 { return o.Potential - o.Revenue }

// CompetitorTotal is the sum of the competitors' shares, in %.
func (w Wallet) CompetitorTotal() float64 {
	var t float64
	for _, c := range w.Competitors {
		t += c.SharePct
	}
	return t
}

func (w Wallet) check(c checker) {
	if w.Potential < 0 {
		c.add("potential", "err.negative", "must not be negative")
	}
	if w.Revenue < 0 {
		c.add("revenue", "err.negative", "must not be negative")
	}
	if w.MarginPct != nil && (*w.MarginPct < -100 || *w.MarginPct > 100) {
		c.add("margin_pct", "err.range_pct", "must be between −100 and 100 %%")
	}
	if w.TargetShare != nil && (*w.TargetShare < 0 || *w.TargetShare > 100) {
		c.add("target_share", "err.pct", "must be between 0 and 100 %%")
	}
	for i, o := range w.Offerings {
		oc := c.idx("offerings", i)
		oc.required("name", o.Name)
		if o.Potential < 0 {
			oc.add("potential", "err.negative", "must not be negative")
		}
		if o.Revenue < 0 {
			oc.add("revenue", "err.negative", "must not be negative")
		}
	}
	for i, s := range w.Competitors {
		sc := c.idx("competitors", i)
		sc.required("name", s.Name)
		if s.SharePct < 0 || s.SharePct > 100 {
			sc.add("share_pct", "err.pct", "must be between 0 and 100 %%")
		}
	}
	if t := w.CompetitorTotal(); t > 100.0001 {
		c.add("competitors", "err.shares_total", "competitor shares add up to %.1f %%, more than 100 %%", t)
	}
}
