package review

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/locale"
)

// showReview shows a review held, read-only: who took part, each objective's status and
// comment, the KPI values captured, the decisions and the actions it put in the plan.
func showReview(h Host, r *domain.Review) {
	loc, env := locOf(h), h.Env()
	body := container.NewVBox(form.Wrapped(loc.Participants(env.Account, env.Plan, r)))
	section := func(key string, lines []string) {
		if len(lines) > 0 {
			body.Add(heading(loc.T(key)))
			body.Add(form.Wrapped(bullets(lines)))
		}
	}
	section("review.pdf.objectives", objectiveLines(loc, env.Plan, r))
	section("review.pdf.kpis", kpiLines(loc, env.Plan, r))
	section("review.pdf.decisions", r.Decisions)
	section("review.pdf.actions", actionLines(loc, env.Plan, r))
	title := loc.T("review.pdf.title", loc.LongDate(r.Date))
	d := dialog.NewCustom(title, loc.T("dialog.close"), container.NewVScroll(body), env.Host.Window())
	d.Resize(form.FitWindow(env.Host.Window(), fyne.NewSize(640, 560)))
	env.Host.ShowDialog(d, nil)
}

func objectiveLines(loc locale.Locale, p *domain.Plan, r *domain.Review) []string {
	var out []string
	for _, o := range r.Objectives {
		if obj := p.FindObjective(o.ObjectiveID); obj != nil {
			line := obj.Statement + " — " + loc.T("review.status."+string(o.Status))
			if o.Comment != "" {
				line += ": " + o.Comment
			}
			out = append(out, line)
		}
	}
	return out
}

func kpiLines(loc locale.Locale, p *domain.Plan, r *domain.Review) []string {
	var out []string
	for _, v := range r.KPIValues {
		if k := p.FindKPI(v.KPIID); k != nil {
			out = append(out, k.Name+": "+loc.KPIValue(*k, v.Value))
		}
	}
	return out
}

func actionLines(loc locale.Locale, p *domain.Plan, r *domain.Review) []string {
	var out []string
	for _, id := range r.ActionIDs {
		if a := p.FindAction(id); a != nil {
			line := a.Title
			if a.Owner != "" {
				line += " · " + a.Owner
			}
			if !a.Due.IsZero() {
				line += " · " + loc.LongDate(a.Due) // as the heading writes the review's day
			}
			out = append(out, line)
		}
	}
	return out
}
