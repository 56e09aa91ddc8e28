package review

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/review"
	"kamplan/ui/form"
	"kamplan/ui/locale"
)

// Page draws the account reviews: the buttons that record one and print the review pack,
// when the next review is due, the reviews held (newest first) and what changed since the
// latest one.
func Page(h Host) fyne.CanvasObject {
	loc := locOf(h)
	record := widget.NewButtonWithIcon(loc.T("review.record"), theme.ContentAddIcon(), func() { ShowForm(h) })
	record.Importance = widget.HighImportance
	buttons := container.NewHBox(record)
	if print := h.PrintPack(); print != nil {
		buttons.Add(printButton(loc, h.Env().Plan, print))
	}
	return container.NewVBox(buttons, nextLine(loc, h.Env().Plan, h.Env().Today()), widget.NewSeparator(),
		heading(loc.T("review.held")), heldList(h), widget.NewSeparator(), ChangesView(h))
}

// printButton prints the review pack; greyed, with the reason beside it, while no review
// is recorded (there is nothing to print).
func printButton(loc locale.Locale, p *domain.Plan, print func()) fyne.CanvasObject {
	b := widget.NewButtonWithIcon(loc.T("review.print"), theme.DocumentPrintIcon(), print)
	if review.Latest(p) != nil {
		return b
	}
	b.Disable()
	why := widget.NewLabel(loc.T("review.print.none"))
	why.Importance = widget.LowImportance
	return container.NewHBox(b, why)
}

// nextLine says when the next review is due by the cadence, in red when it is overdue.
func nextLine(loc locale.Locale, p *domain.Plan, today domain.Date) *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	next, ok := review.Next(p)
	switch {
	case review.Latest(p) == nil:
		l.SetText(loc.T("review.next.none"))
	case !ok:
		l.SetText(loc.T("review.next.ad_hoc"))
	case next.Before(today):
		l.Importance = widget.DangerImportance
		l.SetText(loc.T("review.next.overdue", loc.LongDate(next)))
	default:
		l.SetText(loc.T("review.next", loc.LongDate(next), strings.ToLower(loc.T("cadence."+string(p.ReviewCadence)))))
	}
	return l
}

// newestFirst lists the plan's reviews from the latest held; of those held on one day, the
// latest recorded first.
func newestFirst(p *domain.Plan) []*domain.Review {
	out := make([]*domain.Review, 0, len(p.Reviews))
	for i := range p.Reviews {
		out = append(out, &p.Reviews[i])
	}
	slices.Reverse(out)
	slices.SortStableFunc(out, func(a, b *domain.Review) int { return b.Date.Time().Compare(a.Date.Time()) })
	return out
}

// heldList is the reviews held, each with its day, who took part, the objectives' statuses
// counted and the decisions; View opens a review whole.
func heldList(h Host) fyne.CanvasObject {
	loc, env := locOf(h), h.Env()
	reviews := newestFirst(env.Plan)
	if len(reviews) == 0 {
		return form.Wrapped(loc.T("review.none"))
	}
	box := container.NewVBox()
	for i, r := range reviews {
		if i > 0 {
			box.Add(widget.NewSeparator())
		}
		view := widget.NewButtonWithIcon(loc.T("review.view"), theme.VisibilityIcon(), func() { showReview(h, r) })
		box.Add(container.NewBorder(nil, nil, nil, view, heading(loc.LongDate(r.Date))))
		box.Add(form.Wrapped(loc.Participants(env.Account, env.Plan, r)))
		box.Add(widget.NewLabel(glance(loc, r)))
		if len(r.Decisions) > 0 {
			box.Add(form.Wrapped(bullets(r.Decisions)))
		}
	}
	return box
}

// glance counts the objectives by status: "Objectives: 2 on track · 1 at risk · 1 off track".
func glance(loc locale.Locale, r *domain.Review) string {
	var parts []string
	for _, s := range domain.ReviewStatuses {
		n := 0
		for _, o := range r.Objectives {
			if o.Status == s {
				n++
			}
		}
		if n > 0 {
			parts = append(parts, statusCount(loc, s, n))
		}
	}
	if len(parts) == 0 {
		return loc.T("review.glance.none")
	}
	return loc.T("review.glance", strings.Join(parts, " · "))
}

func bullets(lines []string) string { return "• " + strings.Join(lines, "\n• ") }

// statusCount is "2 on track", "1 at risk", "3 off track".
func statusCount(loc locale.Locale, s domain.ReviewStatus, n int) string {
	switch s {
	case domain.OnTrack:
		return loc.TCount("review.glance.on_track", n, n)
	case domain.AtRisk:
		return loc.TCount("review.glance.at_risk", n, n)
	}
	return loc.TCount("review.glance.off_track", n, n)
}
