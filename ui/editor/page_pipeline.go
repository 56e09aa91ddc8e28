package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/editor/forms"
	"kamplan/ui/form"
	"kamplan/ui/pipeline"
)

// pipelinePage is the page of the opportunities, drawn by package ui/pipeline.
type pipelinePage struct{ e *Editor }

func (*pipelinePage) shows() topics {
	return topics{owns: []domain.Coll{domain.CollOpportunities},
		shows: []domain.Coll{domain.CollObjectives, domain.CollOfferings, domain.CollCentres, domain.CollCompetitors, domain.CollTeam}}
}

func (p *pipelinePage) build() fyne.CanvasObject { return pipeline.Page(pipelineHost{p.e}) }

// pipelineHost is the editor as package ui/pipeline sees it.
type pipelineHost struct{ e *Editor }

func (h pipelineHost) Env() forms.Env             { return h.e.env }
func (h pipelineHost) Apply(ed domain.Edit) error { return h.e.applyThen(ed, h.e.refresh) }
func (h pipelineHost) Settings() domain.Settings  { return h.e.settings }
func (h pipelineHost) Live(update func())         { h.e.live(update) }
func (h pipelineHost) ShowError(err error)        { h.e.showError(err) }

// addDealButton puts beside a dialog's buttons one that closes it for a new opportunity
// placed as fill says (in a white-space cell, serving an objective).
func addDealButton(e *Editor, fd *form.Dialog, fill func(d *domain.Deal)) {
	h := pipelineHost{e}
	fd.Left.Add(widget.NewButtonWithIcon(e.tr("pipeline.add_here"), theme.ContentAddIcon(), func() {
		fd.Close()
		d := pipeline.NewDeal(h)
		fill(&d)
		pipeline.ShowDialog(h, d)
	}))
}
