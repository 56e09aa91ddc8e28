package editor

import (
	"encoding/json"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"

	"kamplan/domain"
	"kamplan/ui/editor/bind"
	"kamplan/ui/form"
	"kamplan/ui/locale"
)

// Unsaved changes are the edits applied since the last successful save, and the fields whose
// text is not a value yet. When they cannot be saved (another writer saved the plan first, a
// field to fix) the person is told which they are, in words, and can copy them before they
// choose to reload or leave.

// changes says the unsaved changes of a plan in words.
type changes struct {
	loc  locale.Locale
	plan *domain.Plan
}

// lines names every unsaved change, one line each: "Wallet · Total purchase potential: 3,000,000".
func (c changes) lines(edits []domain.Edit, invalid []*bind.Field) []string {
	var out []string
	for _, ed := range edits {
		out = append(out, c.describe(ed)...)
	}
	for _, f := range invalid {
		out = append(out, c.loc.T("editor.unsaved.invalid", f.Label(), clip(f.Text, 80)))
	}
	return out
}

// text is the unsaved changes as one text to read or copy.
func (c changes) text(edits []domain.Edit, invalid []*bind.Field) string {
	lines := c.lines(edits, invalid)
	if len(lines) == 0 {
		return c.loc.T("editor.unsaved.none")
	}
	return "• " + strings.Join(lines, "\n• ")
}

// describe says what one edit changed, as the person sees the plan; a batch, each of its edits.
func (c changes) describe(ed domain.Edit) []string {
	if b, ok := ed.(domain.Batch); ok {
		var out []string
		for _, x := range b {
			out = append(out, c.describe(x)...)
		}
		return out
	}
	where := c.pageTitle(ed)
	switch x := ed.(type) {
	case domain.SetField:
		return []string{where + " · " + c.fieldLabel(string(x.Field)) + ": " + c.valueText(x.Value)}
	case domain.SetScore:
		return []string{where + " · " + c.loc.T("field.score") + ": " + c.factorName(x) + " = " + fmt.Sprint(x.Score)}
	case domain.AddItem:
		return []string{where + " · " + c.loc.T("editor.unsaved.added", itemName(x.Value))}
	case domain.ReplaceItem:
		return []string{where + " · " + c.loc.T("editor.unsaved.changed", itemName(x.Value))}
	case domain.RemoveItem:
		return []string{where + " · " + c.loc.T("editor.unsaved.removed")}
	case domain.MoveItem:
		return []string{where + " · " + c.loc.T("editor.unsaved.moved")}
	}
	return []string{where}
}

// pageTitle is the title of the page an edit shows on.
func (c changes) pageTitle(ed domain.Edit) string {
	if pages := pagesOf(ed); len(pages) > 0 {
		if d, ok := pageDefOf(pages[0]); ok {
			return c.loc.T(d.title)
		}
	}
	return c.loc.T("editor.profile")
}

// editFieldLabels names the fields whose label is not "field." and the last part of their name.
var editFieldLabels = map[string]string{
	"account.notes": "field.internal_notes", "wallet.margin_pct": "field.margin",
	"stage_now": "editor.stage", "stage_target": "editor.stage",
	"commitment.internal_approval.date": "field.internal_approval_on", "commitment.client_agreement.date": "field.client_agreement_on",
	"commitment.internal_approval.by": "field.internal_approval_by", "commitment.client_agreement.by": "field.client_agreement_by",
}

func (c changes) fieldLabel(name string) string {
	if key, ok := editFieldLabels[name]; ok {
		return c.loc.T(key)
	}
	if label := form.FieldLabel(c.loc, name); label != "" {
		return label
	}
	return name
}

func (c changes) factorName(s domain.SetScore) string {
	ax := c.plan.Portfolio.Attractiveness
	if s.Axis == domain.AxisStrength {
		ax = c.plan.Portfolio.Strength
	}
	for _, f := range ax.Factors {
		if f.ID == s.Factor {
			return c.loc.FactorLabel(f)
		}
	}
	return ""
}

// valueText shows a field's value the way the interface writes it.
func (c changes) valueText(v any) string {
	switch x := v.(type) {
	case string:
		return "“" + clip(x, 80) + "”"
	case int64:
		return bind.MoneyText(c.loc, x)
	case *float64:
		if x == nil {
			return "—"
		}
		return c.loc.Number(*x, locale.Decimals(*x))
	case domain.Date:
		return c.loc.Day(x)
	}
	return fmt.Sprint(v)
}

// itemName is what a plan element is called: its name, text, statement or title.
func itemName(v any) string {
	var m map[string]any
	if b, err := json.Marshal(v); err != nil || json.Unmarshal(b, &m) != nil {
		return ""
	}
	for _, k := range []string{"name", "text", "statement", "title"} {
		if s, ok := m[k].(string); ok && strings.TrimSpace(s) != "" {
			return "“" + clip(s, 60) + "”"
		}
	}
	return ""
}

// showUnsaved lists the unsaved changes, to copy, with Reload beside Close.
func (e *Editor) showUnsaved() {
	body := container.NewVBox(form.Wrapped(e.tr("editor.unsaved.intro")), form.CopyableText(changes{e.loc, e.plan}.text(e.unsaved, e.fields.Invalid()), 8))
	d := dialog.NewCustomConfirm(e.tr("editor.unsaved.title"), e.tr("editor.conflict.reload"), e.tr("dialog.close"), body, func(reload bool) {
		if reload {
			e.reload()
		}
	}, e.sh.Window())
	d.Resize(form.FitWindow(e.sh.Window(), fyne.NewSize(640, 420)))
	e.sh.ShowDialog(d, nil)
}

// ConfirmDiscard asks before an action that would lose the unsaved changes, naming them
// (actionKey words the button that goes on); then runs it with the changes dropped.
func (e *Editor) ConfirmDiscard(actionKey string, then func()) {
	body := container.NewVBox(form.Wrapped(e.tr("editor.discard.body")), form.CopyableText(changes{e.loc, e.plan}.text(e.unsaved, e.fields.Invalid()), 6))
	d := dialog.NewCustomConfirm(e.tr("editor.discard.title"), e.tr(actionKey), e.tr("editor.discard.stay"), body, func(discard bool) {
		if discard {
			e.discard()
			then()
		}
	}, e.sh.Window())
	d.Resize(form.FitWindow(e.sh.Window(), fyne.NewSize(640, 380)))
	e.sh.ShowDialog(d, nil)
}

// Reload shows the plan as it is saved now: after saving what can be saved, or after asking
// when changes here would be lost.
func (e *Editor) Reload() {
	if !e.conflict && e.Flush() {
		e.reload()
		return
	}
	e.ConfirmDiscard("editor.discard.reload", e.reload)
}
