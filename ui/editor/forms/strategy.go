package forms

import (
	"fmt"
	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"slices"
	"strings"

	"fyne.io/fyne/v2/widget"
)

// Strategy is the strategy dialog's form: its text, whether the client edition shows it, and
// the SWOT items it is built on, which say its kind.
type Strategy struct {
	env   Env
	s     *domain.Strategy
	text  *form.Entry
	items picks
	share *widget.Check
}

// NewStrategy adds the form of strategy s to a dialog, offering the SWOT items of the given
// quadrants (all items when none are given).
func NewStrategy(env Env, fd *form.Dialog, s *domain.Strategy, only []domain.Quadrant) *Strategy {
	f := &Strategy{env: env, s: s, text: form.NewMultiEntry(env.Host, s.Text), items: newPicks(swotChoices(env.loc(), env.Plan, only...)),
		share: widget.NewCheck(env.tr("editor.share_strategy"), nil)} // above the long list of items
	f.items.check(s.ItemIDs)
	f.share.SetChecked(s.ShareWithClient)
	kind := widget.NewLabel("")
	fd.Add("text", "field.strategy", f.text, env.required(f.text))
	fd.Add("kind", "", kind, nil)
	fd.Add("share_with_client", "", f.share, nil)
	fd.Add("item_ids", "field.swot_items", f.items.group, func() error {
		k, ok := f.kind()
		if !ok {
			kind.SetText("")
			return fmt.Errorf("%s", env.tr("err.strategy_items"))
		}
		kind.SetText(env.tr("strategy." + string(k)))
		return nil
	})
	f.items.group.OnChanged = func([]string) { fd.Validate() }
	return f
}

// kind is the kind the items checked make the strategy; false when they make none.
func (f *Strategy) kind() (domain.StrategyKind, bool) {
	var qs []domain.Quadrant
	for _, id := range f.items.chosen() {
		if it, _ := f.env.Plan.FindItem(id); it != nil {
			qs = append(qs, it.Quadrant)
		}
	}
	return domain.KindFor(qs)
}

// Read copies the form into the strategy.
func (f *Strategy) Read() {
	f.s.Text, f.s.ItemIDs = strings.TrimSpace(f.text.Text), f.items.chosen()
	f.s.ShareWithClient = f.share.Checked
	f.s.Kind, _ = f.kind()
}

// swotChoices lists every SWOT item (of the given quadrants only, when some are given) as
// "whose · quadrant · text", each label unique.
func swotChoices(loc locale.Locale, p *domain.Plan, only ...domain.Quadrant) (ids, labels []string) {
	seen := map[string]int{}
	for _, w := range p.SWOTs {
		who := loc.T("subject." + string(w.Subject))
		if w.Subject == domain.SubjectCompetitor {
			who = w.Competitor
		}
		for _, it := range w.Items {
			if len(only) > 0 && !slices.Contains(only, it.Quadrant) {
				continue
			}
			l := Shorten(fmt.Sprintf("%s · %s · %s", who, loc.T("quadrant."+string(it.Quadrant)), it.Text), 90)
			if seen[l]++; seen[l] > 1 {
				l += fmt.Sprintf(" (%d)", seen[l])
			}
			ids, labels = append(ids, it.ID), append(labels, l)
		}
	}
	return ids, labels
}
