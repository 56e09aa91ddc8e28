package review

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/editor/forms"
)

// picks are boxes to tick, one per person, in columns.
type picks struct {
	ids    []string
	checks []*widget.Check
	view   *fyne.Container
}

func newPicks[T any](list []T, of func(T) (id, label string)) picks {
	p := picks{view: container.NewGridWithColumns(3)}
	for _, x := range list {
		id, label := of(x)
		c := widget.NewCheck(forms.Shorten(label, 40), nil)
		p.ids, p.checks = append(p.ids, id), append(p.checks, c)
		p.view.Add(c)
	}
	return p
}

// onTick calls do whenever a box is ticked or cleared.
func (p picks) onTick(do func()) {
	for _, c := range p.checks {
		c.OnChanged = func(bool) { do() }
	}
}

// chosen are the ids of the people ticked.
func (p picks) chosen() []string {
	var out []string
	for i, id := range p.ids {
		if p.checks[i].Checked {
			out = append(out, id)
		}
	}
	return out
}

// read is the review and its new actions as the form says them (checked before Save).
func (f *recordForm) read() (domain.Review, []domain.Action) {
	p := f.h.Env().Plan
	r := domain.Review{ID: domain.NewID(), MemberIDs: f.members.chosen(), ContactIDs: f.contacts.chosen()}
	r.Date, _ = f.loc.ParseDay(f.date.Text)
	for i, status := range f.statuses {
		if j := slices.Index(status.Options, status.Selected); j >= 0 {
			r.Objectives = append(r.Objectives, domain.ObjectiveReview{ObjectiveID: p.Objectives[i].ID,
				Status: domain.ReviewStatuses[j], Comment: strings.TrimSpace(f.comments[i].Text)})
		}
	}
	for i, en := range f.kpis {
		if v, err := f.loc.ParseNumber(en.Text); err == nil {
			r.KPIValues = append(r.KPIValues, domain.KPIValue{KPIID: p.KPIs[i].ID, Value: v})
		}
	}
	for _, line := range strings.Split(f.decisions.Text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			r.Decisions = append(r.Decisions, line)
		}
	}
	var actions []domain.Action
	for _, a := range f.actions {
		if x, ok := a.read(r.Date); ok {
			actions = append(actions, x)
		}
	}
	return r, actions
}
