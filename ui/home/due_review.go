package home

import (
	"slices"

	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/ui/locale"
	"kamplan/ui/shell"
)

// reviewPage is where a review due opens its plan: its account reviews.
const reviewPage = shell.PageReviews

// reviewsDue are the accounts whose next review, as their summaries keep it, falls within
// dueDays or has passed: no plan is read.
func reviewsDue(rows []domain.PlanSummary, today domain.Date) []dueItem {
	var out []dueItem
	until := today.AddDays(dueDays)
	for _, r := range rows {
		if r.NextReview.IsZero() || r.NextReview.After(until) {
			continue
		}
		out = append(out, dueItem{accountID: r.AccountID, planID: r.PlanID, account: r.AccountName, owner: r.Owner,
			due: r.NextReview, overdue: r.NextReview.Before(today), review: true, page: reviewPage})
	}
	return out
}

// dueCounts says how many actions and reviews are due: the actions always, the reviews when any is.
func (d *duePanel) dueCounts(actions, reviews int) string {
	s := d.h.loc.TCount("matrix.due.actions", actions, actions)
	if reviews > 0 {
		s += ", " + d.h.loc.TCount("matrix.due.reviews", reviews, reviews)
	}
	return s
}

// earlierReview sorts the accounts by their next review, the soonest (the most overdue)
// first; those without one last.
func earlierReview(a, b domain.PlanSummary) bool {
	if a.NextReview.IsZero() != b.NextReview.IsZero() {
		return b.NextReview.IsZero()
	}
	return a.NextReview.Before(b.NextReview)
}

// sortedByReview says the list is sorted by next review: its rows then show it on the right.
func sortedByReview(sortBy *widget.Select) bool {
	return sortBy != nil && sortBy.SelectedIndex() == slices.Index(sortKeys, "home.sort.review")
}

// showNextReview shows an account's next review in the row's right-hand column, where it is never
// cut, marked when it has passed; nothing for a plan without one (no next deadline either:
// in this order it would read as the review's date).
func showNextReview(loc locale.Locale, l *widget.Label, r domain.PlanSummary) {
	l.Importance = widget.MediumImportance
	if !r.NextReview.IsZero() && r.NextReview.Before(domain.Today()) {
		l.Importance = widget.DangerImportance
	}
	l.SetText(reviewText(loc, r))
}

// reviewText is an account's next review on its row: its date, marked when it has passed;
// "" when the plan has none.
func reviewText(loc locale.Locale, r domain.PlanSummary) string {
	switch {
	case r.NextReview.IsZero():
		return ""
	case r.NextReview.Before(domain.Today()):
		return "⚠ " + loc.T("home.review", loc.LongDate(r.NextReview))
	}
	return loc.T("home.review", loc.LongDate(r.NextReview))
}

// withReview adds the next review to a row's facts: first when it is due soon or overdue, so
// that it is seen however narrow the list, else last.
func withReview(parts []string, review string, soon bool) []string {
	switch {
	case review == "":
		return parts
	case soon:
		return slices.Insert(parts, 0, review)
	}
	return append(parts, review)
}
