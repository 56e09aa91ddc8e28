// Package forms holds the editor's dialog forms for one element of the plan — a contact, an
// objective, an action, a KPI, a strategy, a white-space cell: their controls, filled from the
// element and checked as the person types, and the element as they say it. The editor opens
// them in a form dialog and applies what they read back as one edit.
package forms

import (
	"fmt"
	"slices"
	"strconv"

	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/editor/bind"
	"kamplan/ui/form"
	"kamplan/ui/locale"
)

// Env is what the forms read: the window they open in, the parsers, the plan and its account.
type Env struct {
	Host    form.Host
	Parse   bind.Parse
	Plan    *domain.Plan
	Account *domain.Account
	Today   func() domain.Date // the day the rules on dates compare with
}

func (env Env) loc() locale.Locale             { return env.Host.Locale() }
func (env Env) tr(key string, a ...any) string { return env.Host.Locale().T(key, a...) }

// required checks that an entry is not blank.
func (env Env) required(en *form.Entry) func() error {
	return func() error { _, err := env.Parse.Required(en.Text); return err }
}

// Choice is a select over a list of ids with "none" first; a stale id selects nothing.
type Choice struct {
	ids []string
	Sel *widget.Select
}

// NewChoice chooses among ids, shown by labels, the one current is.
func NewChoice(loc locale.Locale, ids, labels []string, current string) Choice {
	ids = append([]string{""}, ids...)
	labels = append([]string{loc.T("editor.none")}, labels...)
	return Choice{ids: ids, Sel: form.SelectOf(labels, slices.Index(ids, current))}
}

// ID is the id chosen, "" for none.
func (c Choice) ID() string {
	if i := c.Sel.SelectedIndex(); i > 0 {
		return c.ids[i]
	}
	return ""
}

// picks is a check group over elements of the plan, shown by their labels.
type picks struct {
	ids, labels []string
	group       *widget.CheckGroup
}

func newPicks(ids, labels []string) picks {
	return picks{ids: ids, labels: labels, group: widget.NewCheckGroup(labels, nil)}
}

// check checks the elements with the ids chosen.
func (p picks) check(chosen []string) {
	p.group.Selected = nil
	for _, id := range chosen {
		if i := slices.Index(p.ids, id); i >= 0 {
			p.group.Selected = append(p.group.Selected, p.labels[i])
		}
	}
}

// chosen are the ids of the elements checked.
func (p picks) chosen() []string {
	var out []string
	for i, l := range p.labels {
		if slices.Contains(p.group.Selected, l) {
			out = append(out, p.ids[i])
		}
	}
	return out
}

// Labels are the texts of keys format%d for lo to hi ("rel.0" … "rel.4").
func Labels(loc locale.Locale, format string, lo, hi int) []string {
	var out []string
	for i := lo; i <= hi; i++ {
		out = append(out, loc.T(fmt.Sprintf(format, i)))
	}
	return out
}

// Keyed are the texts of prefix+value for each value, after first (none when "").
func Keyed[T ~string](loc locale.Locale, prefix string, values []T, first string) []string {
	var out []string
	if first != "" {
		out = append(out, loc.T(first))
	}
	for _, v := range values {
		out = append(out, loc.T(prefix+string(v)))
	}
	return out
}

// Numbers are the whole numbers from lo to hi, written out, for a choice among them.
func Numbers(lo, hi int) []string {
	var out []string
	for i := lo; i <= hi; i++ {
		out = append(out, strconv.Itoa(i))
	}
	return out
}

// Shorten cuts a label to n characters with an ellipsis, so that a choice list fits the dialog.
func Shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
