package locale

import "kamplan/domain"

// FactorLabel is a scoring factor's name: the catalogue's for a factor the person left as it
// came, else the name they gave it.
func (l Locale) FactorLabel(f domain.Factor) string {
	for _, d := range append(domain.DefaultAttractivenessFactors(), domain.DefaultStrengthCriteria()...) {
		if d.ID == f.ID && d.Name == f.Name {
			return l.T("factor." + f.ID)
		}
	}
	return f.Name
}

// DefaultAnchors is the catalogue's wording of what a factor's scores mean.
func (l Locale) DefaultAnchors(factorID string) string {
	key := "anchor." + factorID
	if !l.Has(key) {
		key = "anchor.generic"
	}
	return l.T(key)
}

// TierLabels are the account tiers' names, in domain.Tiers's order.
func (l Locale) TierLabels() []string {
	var out []string
	for _, t := range domain.Tiers {
		out = append(out, l.T("tier."+string(t)))
	}
	return out
}

// Title is a menu item's label as a dialog's title: without the menu's "…".
func (l Locale) Title(key string) string {
	t := l.T(key)
	if n := len(t) - len("…"); n >= 0 && t[n:] == "…" {
		return t[:n]
	}
	return t
}
