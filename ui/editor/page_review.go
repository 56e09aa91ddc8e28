package editor

import (
	"fyne.io/fyne/v2"

	"kamplan/domain"
	"kamplan/ui/editor/forms"
	"kamplan/ui/review"
	"kamplan/ui/shell"
)

// reviewPage is the page of the account reviews, drawn by package ui/review; it is drawn
// again after every save, for what changed since the last review comes from the journal.
type reviewPage struct{ e *Editor }

func (*reviewPage) shows() topics {
	return topics{owns: []domain.Coll{domain.CollReviews}, fields: []domain.Field{domain.FieldReviewCadence},
		shows: []domain.Coll{domain.CollObjectives, domain.CollKPIs, domain.CollContacts, domain.CollActions, domain.CollTeam}, journal: true}
}

func (p *reviewPage) build() fyne.CanvasObject { return review.Page(reviewHost{p.e}) }

// reviewHost is the editor as package ui/review sees it.
type reviewHost struct{ e *Editor }

func (h reviewHost) Env() forms.Env             { return h.e.env }
func (h reviewHost) Shell() shell.Shell         { return h.e.sh }
func (h reviewHost) Apply(ed domain.Edit) error { return h.e.applyThen(ed, h.e.refresh) }
func (h reviewHost) ShowError(err error)        { h.e.showError(err) }
func (h reviewHost) PrintPack() func()          { return h.e.PrintReviewPack }
