package pdf

import (
	"fmt"
	"strings"

	"kamplan/domain"
	"kamplan/ui/locale"
)

// words is what a document says and how: the edition's copy of the plan and account, the
// settings and the day, in the document's language, every text cleaned for the fonts.
type words struct {
	in      Document
	plan    *domain.Plan   // the edition's copy: the client's holds only what is shared
	account domain.Account // the edition's copy
	client  bool
	loc     locale.Locale
	clean   func(string) string
}

// t translates a catalogue key into the document language.
func (w *words) t(key string, args ...any) string { return w.clean(w.loc.T(key, args...)) }

// tc is t for a text about n things (see assets.TCount).
func (w *words) tc(key string, n int, args ...any) string {
	return w.clean(w.loc.TCount(key, n, args...))
}

// txt prepares text from the plan for the fonts.
func (w *words) txt(s string) string { return w.clean(s) }

// docDate is the date printed on the cover, written out.
func (w *words) docDate() string { return w.loc.FullDate(w.in.Today) }

func (w *words) edition() string {
	if w.client {
		return "client"
	}
	return "internal"
}

// period names a measurement period in the document's language ("oct. 2026", "Q3 2027"), or
// prints it as typed.
func (w *words) period(s string) string {
	if name, ok := w.loc.Period(s); ok {
		return name
	}
	return w.txt(s)
}

// nameList joins names, at most n of them and "and N more".
func (w *words) nameList(names []string, n int) string {
	var out []string
	for i, s := range names {
		if i == n {
			return strings.Join(out, ", ") + " " + w.t("pdf.and_more", len(names)-n)
		}
		out = append(out, w.txt(s))
	}
	return strings.Join(out, ", ")
}

func (w *words) quadrantText(p domain.Position) string {
	if !p.Placed {
		return w.t("portfolio.incomplete")
	}
	return fmt.Sprintf("%s (%s %s, %s %s) — %s", w.t("portfolio."+string(p.Quadrant)),
		w.t("portfolio.attractiveness"), w.loc.Number(p.Attractiveness, 1), w.t("portfolio.strength"), w.loc.Number(p.Strength, 1),
		w.t("portfolio."+string(p.Quadrant)+".advice"))
}

func (w *words) stageName(s domain.Stage) string {
	if !s.Valid() {
		return "—"
	}
	return w.t(fmt.Sprintf("stage.%d", s))
}

// walletShown says whether the document prints the wallet and the white space: the client
// edition leaves them out when the plan keeps them internal (its copy holds none of them).
func (w *words) walletShown() bool { return !w.client || !w.plan.Wallet.Internal }

func (w *words) shareText(wl domain.Wallet) string {
	v, ok := wl.ShareOfWallet()
	if !ok {
		return w.t("pdf.unknown")
	}
	return w.t("pdf.share_of", w.loc.Pct(v), w.loc.Money(wl.Revenue, w.plan.Currency), w.loc.Money(wl.Potential, w.plan.Currency))
}

func (w *words) shareOnly(wl domain.Wallet) string {
	if v, ok := wl.ShareOfWallet(); ok {
		return w.loc.Pct(v)
	}
	return w.t("pdf.unknown")
}

// count is a number of things, "" when not known (0).
func (w *words) count(n int) string {
	if n == 0 {
		return ""
	}
	return w.loc.Number(float64(n), 0)
}

// annualRevenue is the client's revenue in its currency, or the plan's when it has none.
func (w *words) annualRevenue(a domain.Account) string {
	if a.AnnualRevenue == 0 {
		return ""
	}
	currency := a.RevenueCurrency
	if currency == "" {
		currency = w.plan.Currency
	}
	return w.loc.Money(a.AnnualRevenue, currency)
}

func (w *words) cadence(c domain.Cadence) string {
	if c == "" {
		return "—"
	}
	return w.t("cadence." + string(c))
}

// memberName is the name of a member of our team, or says that they left it (a pair of an
// older plan may still refer to them).
func (w *words) memberName(id string) string {
	if m, ok := w.account.Member(id); ok {
		return w.txt(m.Name)
	}
	return w.t("peoplemaps.coverage.former_member")
}

// internalMark is "[internal] " before an internal-only item of the internal edition.
func (w *words) internalMark(internal bool) string {
	if internal && !w.client {
		return w.t("pdf.internal_mark") + " "
	}
	return ""
}

// competitorName is the competitor's name, or in the client edition (which names no
// competitor) "Competitor 2", the n-th competitor SWOT of the plan.
func (w *words) competitorName(s domain.SWOT, n int) string {
	if s.Competitor == "" {
		return w.t("pdf.competitor_n", n)
	}
	return w.txt(s.Competitor)
}
