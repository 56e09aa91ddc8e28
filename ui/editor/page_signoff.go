package editor

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/editor/bind"
)

// signoffPage holds resources, review cadence, risks, approvals and notes.
type signoffPage struct{ e *Editor }

func (*signoffPage) shows() topics {
	return topics{owns: []domain.Coll{domain.CollNotes}, fields: []domain.Field{domain.FieldReviewCadence,
		domain.FieldInternalApprovalBy, domain.FieldInternalApprovalDate, domain.FieldClientAgreementBy, domain.FieldClientAgreementDate,
		domain.FieldResources, domain.FieldRisks}}
}

func (p *signoffPage) build() fyne.CanvasObject {
	e, fs, plan := p.e, p.e.fields, p.e.plan
	cadence := fs.Choice(cadenceLabels(e.loc), func() int { return slices.Index(domain.Cadences, plan.ReviewCadence) },
		func(i int) domain.Edit {
			return domain.SetField{Field: domain.FieldReviewCadence, Value: domain.Cadences[i]}
		})
	item := func(labelKey string, f *bind.Field) *widget.FormItem {
		return widget.NewFormItem(e.tr(labelKey), f.Box())
	}
	form := widget.NewForm(
		widget.NewFormItem(e.tr("field.review_cadence"), cadence),
		item("field.internal_approval_by", fs.Text("field.internal_approval_by", domain.FieldInternalApprovalBy, false, false)),
		item("field.internal_approval_on", fs.Date("field.internal_approval_on", domain.FieldInternalApprovalDate)),
		item("field.client_agreement_by", fs.Text("field.client_agreement_by", domain.FieldClientAgreementBy, false, false)),
		item("field.client_agreement_on", fs.Date("field.client_agreement_on", domain.FieldClientAgreementDate)))
	hint := widget.NewLabelWithStyle(e.tr("snapshots.signoff.hint"), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	hint.Wrapping = fyne.TextWrapWord // the snapshot itself: ui/snapshots.KeepSignOffs
	return container.NewVBox(form, hint,
		heading(e.loc, "field.resources"), fs.Text("field.resources", domain.FieldResources, false, true).Box(),
		heading(e.loc, "field.risks"), fs.Text("field.risks", domain.FieldRisks, false, true).Box(),
		p.notes())
}

// notes edits the plan's notes; internal ones stay out of the client edition.
func (p *signoffPage) notes() fyne.CanvasObject {
	e := p.e
	l := listRef[domain.Note]{coll: domain.CollNotes, items: func() []domain.Note { return e.plan.Notes },
		id: func(n domain.Note) string { return n.ID }, ready: func(n domain.Note) bool { return n.Text != "" }}
	row := func(l listRef[domain.Note], id string, redraw func()) fyne.CanvasObject {
		text := l.field(e, id, e.tr("field.notes"), e.parse.Required, func(n domain.Note) any { return n.Text },
			func(n *domain.Note, v any) { n.Text = v.(string) }, showText)
		text.SetPlaceHolder(e.tr("editor.new_note"))
		note, _ := l.current(id)
		internal := widget.NewCheck(e.tr("editor.internal_short"), nil)
		internal.Checked = note.Internal
		internal.OnChanged = func(b bool) {
			if l.draft != nil {
				l.draft.Internal = b
			}
			if n, ok := l.get(id); ok && n.Internal != b {
				n.Internal = b
				if err := e.apply(domain.ReplaceItem{Coll: domain.CollNotes, Value: n}); err != nil {
					e.showError(err)
				}
			}
		}
		del := l.removeButton(e, id, func() string { return text.Text }, redraw)
		return container.NewBorder(nil, nil, nil, container.NewHBox(internal, del), text.Box())
	}
	newRow := func(redraw func()) fyne.CanvasObject {
		d := domain.Note{ID: domain.NewID()}
		return row(l.withDraft(d), d.ID, redraw)
	}
	return listRows(e, heading(e.loc, "field.notes"), "editor.add_note", l.ids,
		func(id string, redraw func()) fyne.CanvasObject { return row(l, id, redraw) }, newRow)
}
