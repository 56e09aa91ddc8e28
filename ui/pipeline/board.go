package pipeline

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/pipeline"
	"kamplan/ui/locale"
)

// board shows the plan's opportunities in one column per stage (pipeline.Columns).
type board struct {
	h       Host
	view    *fyne.Container // the columns, side by side
	columns []string
	boxes   []*fyne.Container // each column, where its cards are dropped
	cards   map[string]*card  // by opportunity id
}

func newBoard(h Host) *board {
	b := &board{h: h, view: container.NewGridWithColumns(1)}
	b.refresh()
	return b
}

func (b *board) loc() locale.Locale { return b.h.Env().Host.Locale() }

// refresh draws the columns again from the plan.
func (b *board) refresh() {
	p := b.h.Env().Plan
	b.columns = pipeline.Columns(stages(b.h), p)
	sums := pipeline.ByStage(p)
	b.boxes, b.cards = nil, map[string]*card{}
	var cols []fyne.CanvasObject
	for _, stage := range b.columns {
		box := container.NewVBox(b.header(stage, sums[stage]))
		for _, d := range p.Opportunities {
			if d.Stage == stage {
				c := newCard(b, d)
				b.cards[d.ID] = c
				box.Add(c)
			}
		}
		b.boxes = append(b.boxes, box)
		cols = append(cols, box)
	}
	b.view.Layout = container.NewGridWithColumns(len(cols)).Layout
	b.view.Objects = cols
	b.view.Refresh()
}

// header names a column's stage over its count and sum.
func (b *board) header(stage string, s pipeline.Sum) fyne.CanvasObject {
	loc, cur := b.loc(), b.h.Env().Plan.Currency
	n, sum := s.Open, s.Unweighted
	switch stage {
	case domain.StageWon:
		n, sum = s.WonCount, s.Won
	case domain.StageLost:
		n, sum = len(b.inStage(stage)), s.Lost
	}
	title := widget.NewLabelWithStyle(StageName(loc, stage), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	count := widget.NewLabel(loc.TCount("pipeline.column_count", n, n) + " · " + loc.Money(sum, cur))
	count.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(title, count)
}

func (b *board) inStage(stage string) []domain.Deal {
	var out []domain.Deal
	for _, d := range b.h.Env().Plan.Opportunities {
		if d.Stage == stage {
			out = append(out, d)
		}
	}
	return out
}

func (b *board) open(d domain.Deal) { ShowDialog(b.h, d) }

// dropped moves an opportunity to the column under a point of the window.
func (b *board) dropped(d domain.Deal, at fyne.Position) {
	drv := fyne.CurrentApp().Driver()
	for i, box := range b.boxes {
		pos := drv.AbsolutePositionForObject(box)
		if at.X >= pos.X && at.X < pos.X+box.Size().Width {
			b.move(d, b.columns[i])
			return
		}
	}
}

// step moves an opportunity by one stage, and keeps the focus on it.
func (b *board) step(d domain.Deal, by int) {
	i := slices.Index(b.columns, d.Stage) + by
	if i < 0 || i >= len(b.columns) {
		return
	}
	b.move(d, b.columns[i])
	if c := b.cards[d.ID]; c != nil {
		if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil {
			cv.Focus(c)
		}
	}
}

// move puts an opportunity in a stage with the stage's probability; won or lost opens it,
// for the reason (and the day it closed).
func (b *board) move(d domain.Deal, stage string) {
	if stage == d.Stage {
		return
	}
	moved := pipeline.MoveTo(d, stages(b.h), stage, b.h.Env().Today())
	if moved.Closed() {
		ShowDialog(b.h, moved)
		return
	}
	if err := b.h.Apply(domain.ReplaceItem{Coll: domain.CollOpportunities, Value: moved}); err != nil {
		b.h.ShowError(err)
	}
}
