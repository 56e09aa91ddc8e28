package home

import (
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/health"
	uihealth "kamplan/ui/health"
	"kamplan/ui/locale"
	"kamplan/ui/picture"
)

// healthBadge shows an account's plan health score on its row, coloured by how good it is.
func healthBadge(loc locale.Locale, l *widget.Label, score int) {
	l.Importance = uihealth.Importance(score)
	l.SetText(uihealth.Badge(loc, score))
}

// lowerHealth sorts the accounts that need attention first; a plan not scored yet last.
func lowerHealth(a, b domain.PlanSummary) bool {
	if (a.Health < 0) != (b.Health < 0) {
		return b.Health < 0
	}
	return a.Health < b.Health
}

// healthFact is the selected plan's score and what would raise it most.
func healthFact(loc locale.Locale, p *domain.Plan, st domain.Settings) picture.Fact {
	r := health.Score(p, st, domain.Today())
	text := loc.T("health.score_short", r.Score)
	if failing := r.Failing(); len(failing) > 0 {
		text += " · " + uihealth.Reason(loc, failing[0])
	}
	return picture.Fact{Caption: loc.T("health.title"), Parts: []picture.FactPart{{Text: text}}}
}
