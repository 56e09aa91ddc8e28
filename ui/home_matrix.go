package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/form"
	"kamplan/ui/picture"
)

// The home's portfolio matrix shows the accounts the list shows (the search and the tier,
// quadrant and owner filters apply to both); a bubble tapped selects its account in the list,
// an account selected in the list is highlighted on the matrix, a double tap opens the plan.
// Accounts that cannot be placed are listed beside it with what is missing.

func (h *home) buildMatrix() fyne.CanvasObject {
	h.matrix = newPortfolioMatrix(h.app, h.shown)
	h.matrix.OnSelect = h.selectAccount
	h.matrix.OnOpen = h.openAccount
	h.incomplete = widget.NewList(func() int { return len(h.unplaced) }, h.newIncompleteRow, h.updateIncompleteRow)
	h.incomplete.OnSelected = func(i widget.ListItemID) {
		h.incomplete.Unselect(i)
		h.selectAccount(h.unplaced[i].AccountID)
	}
	h.incompleteTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.incompleteTitle.Wrapping = fyne.TextWrapWord
	side := container.New(&form.FixedWidth{Width: 210}, container.NewBorder(h.incompleteTitle, nil, nil, nil, h.incomplete))
	h.incompleteSide = side
	title := widget.NewLabelWithStyle(h.app.tr("home.portfolio"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(container.NewBorder(nil, nil, title, nil, h.overview), nil, nil, side, h.matrix)
}

func (h *home) newIncompleteRow() fyne.CanvasObject {
	name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	missing := widget.NewLabel("")
	missing.Truncation = fyne.TextTruncateEllipsis
	missing.SizeName = theme.SizeNameCaptionText
	return container.NewVBox(name, missing)
}

func (h *home) updateIncompleteRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := h.unplaced[i]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(r.AccountName)
	box.Objects[1].(*widget.Label).SetText(h.missingText(r.Position))
}

// missingText says which axis of an unplaced account still lacks scores (an axis total is
// zero only while the axis is incomplete: complete totals run from 1 to 10).
func (h *home) missingText(p domain.Position) string {
	switch {
	case p.Attractiveness == 0 && p.Strength == 0:
		return h.app.tr("matrix.missing.both")
	case p.Attractiveness == 0:
		return h.app.tr("matrix.missing.attractiveness")
	}
	return h.app.tr("matrix.missing.strength")
}

// showOnMatrix gives the matrix and the list beside it the accounts the filters show.
func (h *home) showOnMatrix() {
	if h.matrix == nil {
		return
	}
	h.unplaced = h.unplaced[:0]
	for _, r := range h.shown {
		if !r.Position.Placed {
			h.unplaced = append(h.unplaced, r)
		}
	}
	h.matrix.SetRows(h.shown)
	h.incompleteTitle.SetText(h.app.tr("matrix.incomplete", len(h.unplaced)))
	h.incompleteSide.Show()
	if len(h.unplaced) == 0 { // the matrix takes the room
		h.incompleteTitle.SetText(h.app.tr("matrix.incomplete.none"))
		h.incompleteSide.Hide()
	}
	h.incomplete.Refresh()
}

// selectAccount selects an account in the list (and so on the matrix).
func (h *home) selectAccount(accountID string) {
	for i, r := range h.shown {
		if r.AccountID == accountID {
			h.list.Select(i)
			h.list.ScrollTo(i)
			return
		}
	}
}

// openAccount opens an account's plan in the editor.
func (h *home) openAccount(accountID string) {
	for _, r := range h.all {
		if r.AccountID == accountID {
			h.app.openPlan(r.AccountID, r.PlanID)
			return
		}
	}
}

// newPortfolioMatrix is the matrix in the interface language with the portfolio's settings.
func newPortfolioMatrix(a *App, rows []domain.PlanSummary) *picture.PortfolioMatrix {
	st, _ := a.store.Settings(a.ctx)
	return picture.NewPortfolioMatrix(a.loc, st, rows)
}
