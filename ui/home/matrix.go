package home

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

func (h *Home) buildMatrix() fyne.CanvasObject {
	h.matrix = h.newMatrix()
	h.matrix.OnSelect = h.Select
	h.matrix.OnOpen = h.openAccount
	h.incomplete = widget.NewList(func() int { return len(h.unplaced) }, h.newIncompleteRow, h.updateIncompleteRow)
	h.incomplete.OnSelected = func(i widget.ListItemID) {
		h.incomplete.Unselect(i)
		h.Select(h.unplaced[i].AccountID)
	}
	h.incompleteTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.incompleteTitle.Wrapping = fyne.TextWrapWord
	side := container.New(&form.FixedWidth{Width: 210}, container.NewBorder(h.incompleteTitle, nil, nil, nil, h.incomplete))
	h.incompleteSide = side
	title := widget.NewLabelWithStyle(h.loc.T("home.portfolio"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(container.NewBorder(nil, nil, title, nil, h.overview), nil, nil, side, h.matrix)
}

func (h *Home) newIncompleteRow() fyne.CanvasObject {
	name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	missing := widget.NewLabel("")
	missing.Truncation = fyne.TextTruncateEllipsis
	missing.SizeName = theme.SizeNameCaptionText
	return container.NewVBox(name, missing)
}

func (h *Home) updateIncompleteRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := h.unplaced[i]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(r.AccountName)
	box.Objects[1].(*widget.Label).SetText(h.missingText(r.Position))
}

// missingText says which axis of an unplaced account still lacks scores (an axis total is
// zero only while the axis is incomplete: complete totals run from 1 to 10).
func (h *Home) missingText(p domain.Position) string {
	switch {
	case p.Attractiveness == 0 && p.Strength == 0:
		return h.loc.T("matrix.missing.both")
	case p.Attractiveness == 0:
		return h.loc.T("matrix.missing.attractiveness")
	}
	return h.loc.T("matrix.missing.strength")
}

// showOnMatrix gives the matrix and the list beside it the accounts the filters show.
func (h *Home) showOnMatrix() {
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
	h.incompleteTitle.SetText(h.loc.T("matrix.incomplete", len(h.unplaced)))
	h.incompleteSide.Show()
	if len(h.unplaced) == 0 { // the matrix takes the room
		h.incompleteTitle.SetText(h.loc.T("matrix.incomplete.none"))
		h.incompleteSide.Hide()
	}
	h.incomplete.Refresh()
}

// selectAccount selects an account in the list (and so on the matrix).
// Select picks an account in the list (and on the matrix), as a tap on it does.
func (h *Home) Select(accountID string) {
	for i, r := range h.shown {
		if r.AccountID == accountID {
			h.list.Select(i)
			h.list.ScrollTo(i)
			return
		}
	}
}

// openAccount opens an account's plan in the editor.
func (h *Home) openAccount(accountID string) {
	for _, r := range h.all {
		if r.AccountID == accountID {
			h.sh.OpenPlan(r.AccountID, r.PlanID, "")
			return
		}
	}
}

// newMatrix is the portfolio matrix of the accounts shown, with the portfolio's settings.
func (h *Home) newMatrix() *picture.PortfolioMatrix {
	st, _ := h.sh.Store().Settings(h.sh.Context())
	return picture.NewPortfolioMatrix(h.loc, st, h.shown)
}
