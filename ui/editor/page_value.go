package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"kamplan/domain"
)

// valuePage is the value proposition and the relationship plan.
type valuePage struct{ e *Editor }

func (*valuePage) shows() topics {
	return topics{fields: []domain.Field{domain.FieldValueProposition, domain.FieldRelationshipPlan}}
}

func (p *valuePage) build() fyne.CanvasObject {
	e := p.e
	return container.NewVBox(
		heading(e.loc, "field.value_proposition"), e.fields.Text("field.value_proposition", domain.FieldValueProposition, false, true).Box(),
		heading(e.loc, "field.relationship_plan"), e.fields.Text("field.relationship_plan", domain.FieldRelationshipPlan, false, true).Box())
}
