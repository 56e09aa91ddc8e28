// Package alt words the charts of the plan document for a reader who does not see them:
// the alternative text a screen reader says in a chart's place. Each text says what the
// chart shows and its main facts, in the document's language; what a chart also writes
// in words (names in its boxes, a table beside it) is not repeated in full.
package alt

import (
	"fmt"
	"strings"

	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
)

// Words are the document's language and the plan as the edition shows it.
type Words struct {
	Loc  locale.Locale
	Plan *domain.Plan
}

func (w Words) t(key string, args ...any) string { return w.Loc.T(key, args...) }

// Dots draws an impact of 1 to 5 as five dots, n of them filled: ●●●●○. The document
// gives them their words (see pen's Speak).
func Dots(n int) string {
	return strings.Repeat("●", max(0, min(5, n))) + strings.Repeat("○", 5-max(0, min(5, n)))
}

// Wallet words the share-of-wallet bar: the potential, our revenue and share, each
// competitor's share.
func (w Words) Wallet() string {
	wl := w.Plan.Wallet
	sow, _ := wl.ShareOfWallet()
	parts := []string{w.t("pdf.alt.wallet", w.Loc.Money(wl.Potential, w.Plan.Currency), w.Loc.Money(wl.Revenue, w.Plan.Currency), w.Loc.Pct(sow))}
	for _, c := range wl.Competitors {
		parts = append(parts, c.Name+" "+w.Loc.Pct(c.SharePct))
	}
	return strings.Join(parts, "; ")
}

// Stage words the relationship pyramid: the stage now and the target.
func (w Words) Stage() string {
	return w.t("pdf.alt.stage", w.stage(w.Plan.StageNow), w.stage(w.Plan.StageTarget))
}

func (w Words) stage(s domain.Stage) string {
	if !s.Valid() {
		return "—"
	}
	return w.t(fmt.Sprintf("stage.%d", s))
}

// Matrix words the portfolio matrix.
func (w Words) Matrix(accounts int) string { return w.t("pdf.alt.matrix", accounts) }

// Influence words the influence map: each contact with influence and attitude.
func (w Words) Influence() string {
	parts := []string{w.t("pdf.alt.influence")}
	for _, c := range w.Plan.Contacts {
		parts = append(parts, w.t("pdf.alt.influence_contact", c.Name, c.Influence, w.t(fmt.Sprintf("attitude.%d", c.Attitude))))
	}
	return strings.Join(parts, "; ")
}

// Relationships words the part of the relationship map on one page: who reports to whom.
func (w Words) Relationships(cards []chart.OrgCard) string {
	parts := []string{w.t("pdf.alt.relationships")}
	for _, card := range cards {
		c := w.Plan.FindContact(card.ContactID)
		if c == nil || card.Repeated {
			continue
		}
		if boss := w.Plan.FindContact(c.ReportsTo); boss != nil {
			parts = append(parts, w.t("pdf.alt.reports_to", c.Name, boss.Name))
		} else {
			parts = append(parts, c.Name)
		}
	}
	return strings.Join(parts, "; ")
}

// Timeline words a part of the actions' timeline.
func (w Words) Timeline() string { return w.t("pdf.alt.timeline") }

// WhiteSpace words the white-space map.
func (w Words) WhiteSpace() string { return w.t("pdf.alt.white_space") }

// Coverage words the team's coverage matrix.
func (w Words) Coverage() string { return w.t("pdf.alt.coverage") }
