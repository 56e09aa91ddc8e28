package editor

import (
	"encoding/json"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/locale"
)

// Unsaved changes are the edits applied since the last successful save, and the fields whose
// text is not a value yet. When they cannot be saved (another writer saved the plan first, a
// field to fix) the person is told which they are, in words, and can copy them before they
// choose to reload or leave.

// unsavedLines names every unsaved change, one line each: "Wallet · Total purchase potential: 3,000,000".
func (e *Editor) unsavedLines() []string {
	var out []string
	for _, ed := range e.unsaved {
		out = append(out, e.describe(ed)...)
	}
	for _, f := range e.invalid {
		out = append(out, e.tr("editor.unsaved.invalid", f.spec.label, clip(f.Text, 80)))
	}
	return out
}

// describe says what one edit changed, as the person sees the plan; a batch, each of its edits.
func (e *Editor) describe(ed domain.Edit) []string {
	if b, ok := ed.(domain.Batch); ok {
		var out []string
		for _, x := range b {
			out = append(out, e.describe(x)...)
		}
		return out
	}
	where := e.pageTitle(ed)
	switch x := ed.(type) {
	case domain.SetField:
		return []string{where + " · " + e.editFieldLabel(string(x.Field)) + ": " + e.valueText(x.Value)}
	case domain.SetScore:
		return []string{where + " · " + e.tr("field.score") + ": " + e.scoredFactorName(x) + " = " + fmt.Sprint(x.Score)}
	case domain.AddItem:
		return []string{where + " · " + e.tr("editor.unsaved.added", itemName(x.Value))}
	case domain.ReplaceItem:
		return []string{where + " · " + e.tr("editor.unsaved.changed", itemName(x.Value))}
	case domain.RemoveItem:
		return []string{where + " · " + e.tr("editor.unsaved.removed")}
	case domain.MoveItem:
		return []string{where + " · " + e.tr("editor.unsaved.moved")}
	}
	return []string{where}
}

// pageTitle is the title of the page an edit shows on.
func (e *Editor) pageTitle(ed domain.Edit) string {
	if pages := pagesOf(ed); len(pages) > 0 && pageTitleKey(pages[0]) != "" {
		return e.tr(pageTitleKey(pages[0]))
	}
	return e.tr("editor.profile")
}

// editFieldLabels names the fields whose label is not "field." and the last part of their name.
var editFieldLabels = map[string]string{
	"account.notes": "field.internal_notes", "wallet.margin_pct": "field.margin",
	"stage_now": "editor.stage", "stage_target": "editor.stage",
	"commitment.internal_approval.date": "field.internal_approval_on", "commitment.client_agreement.date": "field.client_agreement_on",
	"commitment.internal_approval.by": "field.internal_approval_by", "commitment.client_agreement.by": "field.client_agreement_by",
}

func (e *Editor) editFieldLabel(name string) string {
	if key, ok := editFieldLabels[name]; ok {
		return e.tr(key)
	}
	if label := form.FieldLabel(e.loc, name); label != "" {
		return label
	}
	return name
}

func (e *Editor) scoredFactorName(s domain.SetScore) string {
	ax := e.plan.Portfolio.Attractiveness
	if s.Axis == domain.AxisStrength {
		ax = e.plan.Portfolio.Strength
	}
	for _, f := range ax.Factors {
		if f.ID == s.Factor {
			return e.loc.FactorLabel(f)
		}
	}
	return ""
}

// valueText shows a field's value the way the interface writes it.
func (e *Editor) valueText(v any) string {
	switch x := v.(type) {
	case string:
		return "“" + clip(x, 80) + "”"
	case int64:
		return e.showMoney(x)
	case *float64:
		if x == nil {
			return "—"
		}
		return e.loc.Number(*x, locale.Decimals(*x))
	case domain.Date:
		return e.loc.Day(x)
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

func clip(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}

// unsavedText is the unsaved changes as one text to read or copy.
func (e *Editor) unsavedText() string {
	lines := e.unsavedLines()
	if len(lines) == 0 {
		return e.tr("editor.unsaved.none")
	}
	return "• " + strings.Join(lines, "\n• ")
}

// showUnsaved lists the unsaved changes, to copy, with Reload beside Close.
func (e *Editor) showUnsaved() {
	body := container.NewVBox(form.Wrapped(e.tr("editor.unsaved.intro")), form.CopyableText(e.unsavedText(), 8))
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
	body := container.NewVBox(form.Wrapped(e.tr("editor.discard.body")), form.CopyableText(e.unsavedText(), 6))
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
