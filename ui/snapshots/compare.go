package snapshots

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/ui/form"
	"kamplan/ui/locale"
)

// state is a state of the plan that a comparison can take: now, a snapshot, the plan of
// another period of the account.
type state struct {
	name   string
	load   func() (domain.Doc, error)
	period string // the other period's name; "" for a state of the open plan
}

// states lists what can be compared: the plan now, its snapshots (newest first), then the
// account's plans of the other periods as they are now (newest first).
func (s *Screen) states() []state {
	out := []state{{name: s.tr("compare.now"), load: s.now}}
	for _, info := range s.kept {
		id := info.ID
		out = append(out, state{name: s.tr("compare.snapshot", Label(s.loc, info), When(s.loc, info)), load: func() (domain.Doc, error) {
			snap, err := s.sh.Store().Snapshots().Read(s.sh.Context(), id)
			if err != nil {
				return domain.Doc{}, err
			}
			return snap.Doc(), nil
		}})
	}
	rows, err := s.sh.Store().Portfolio(s.sh.Context())
	if err != nil {
		s.sh.ShowError(err)
	}
	for _, r := range rows {
		if r.AccountID == s.plan.Account().ID && r.PlanID != s.plan.Plan().ID {
			id := r.PlanID
			out = append(out, state{name: s.tr("compare.period", r.Period), period: r.Period, load: func() (domain.Doc, error) {
				p, err := s.sh.Store().LoadPlan(s.sh.Context(), id)
				acc := *s.plan.Account() // one account for every period
				return domain.Doc{Account: &acc, Plan: p}, err
			}})
		}
	}
	return out
}

// now is the open plan as it is, a copy.
func (s *Screen) now() (domain.Doc, error) {
	s.plan.Flush()
	return domain.Doc{Account: s.plan.Account(), Plan: s.plan.Plan()}.Copy(), nil
}

// defaultBefore is the state a comparison starts from: the i-th snapshot; else the last
// review (the newest sign-off), as the PDF's "What changed"; else the newest snapshot; else
// the period before this one; else now.
func (s *Screen) defaultBefore(i int, states []state) int {
	if i >= 0 {
		return 1 + i
	}
	for j, info := range s.kept {
		if info.Kind == history.SnapshotSignOff {
			return 1 + j
		}
	}
	if len(s.kept) > 0 {
		return 1
	}
	for j, st := range states {
		if st.period != "" && st.period < s.plan.Plan().Period {
			return j
		}
	}
	return 0
}

// ShowCompare compares two states of the plan side by side, from the i-th snapshot (-1: the
// last review, see defaultBefore) to now; either can be chosen again.
func (s *Screen) ShowCompare(i int) {
	if s.kept == nil {
		s.reload()
	}
	states := s.states()
	names := make([]string, len(states))
	for j, st := range states {
		names[j] = st.name
	}
	summary := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	note := form.Wrapped(s.tr("compare.periods_note"))
	result := container.NewStack()
	before, after := widget.NewSelect(names, nil), widget.NewSelect(names, nil)
	redo := func(string) {
		s.compare(states[max(0, before.SelectedIndex())], states[max(0, after.SelectedIndex())], summary, note, result)
	}
	before.SetSelectedIndex(s.defaultBefore(i, states))
	after.SetSelectedIndex(0)
	before.OnChanged, after.OnChanged = redo, redo
	redo("")
	pick := container.NewGridWithColumns(2, widget.NewForm(widget.NewFormItem(s.tr("compare.before"), before)),
		widget.NewForm(widget.NewFormItem(s.tr("compare.after"), after)))
	title := s.tr("compare.title", s.plan.Account().Name, s.plan.Plan().Period)
	top := container.NewVBox(s.header(title, s.tr("snapshots.view.back"), s.ShowList), pick, summary, note, widget.NewSeparator())
	s.sh.Show(container.NewBorder(top, nil, nil, nil, result))
}

// compare shows what changed from state a to state b: the counts, and the changes by section.
func (s *Screen) compare(a, b state, summary *widget.Label, note fyne.CanvasObject, result *fyne.Container) {
	cs, words, err := compared(a, b, s.loc.Lang())
	showIf(note, err == nil && (a.period != "" || b.period != ""))
	switch {
	case err != nil:
		s.sh.ShowError(err)
		summary.SetText("")
		cs = nil
	case a.name == b.name:
		summary.SetText(s.tr("compare.same"))
	default:
		summary.SetText(s.counts(cs))
	}
	name := func(sec history.Section, n int) string {
		return words.Section(sec) + " (" + s.loc.Number(float64(n), 0) + ")"
	}
	all := s.tr("compare.all", s.loc.Number(float64(len(cs)), 0))
	body := newSectioned(cs, name, all, func(cs []history.Change) fyne.CanvasObject {
		return stepped(s.loc, len(cs), func(n int) fyne.CanvasObject { return changeRows(s.loc, words, cs[:n]) })
	}, "")
	result.Objects = []fyne.CanvasObject{body}
	result.Refresh()
}

// compared lists the changes from a to b, in b's words, leaving out moves within a list. Two
// periods' plans are matched element by element first (history.MatchPeriods).
func compared(a, b state, lang string) ([]history.Change, locale.ChangeWords, error) {
	old, err := a.load()
	if err != nil {
		return nil, locale.ChangeWords{}, err
	}
	now, err := b.load()
	if err != nil {
		return nil, locale.ChangeWords{}, err
	}
	if old.Plan.ID != now.Plan.ID {
		old = history.MatchPeriods(old, now)
	}
	var cs []history.Change
	for _, c := range history.Compare(old, now) {
		if c.Kind != history.Moved {
			cs = append(cs, c)
		}
	}
	return cs, locale.NewChangeWords(lang, old, now), nil
}

func showIf(o fyne.CanvasObject, shown bool) {
	if shown {
		o.Show()
	} else {
		o.Hide()
	}
}
