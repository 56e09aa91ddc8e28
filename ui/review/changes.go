package review

import (
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/domain/review"
	"kamplan/ui/form"
	"kamplan/ui/locale"
)

// maxChanges is how many changes the list says; the others are counted.
const maxChanges = 40

// ChangesView says what changed in the plan since the end of the day of its latest review,
// section by section, as the review pack's "What changed" does: the state then is the stored
// plan with the journal's later entries undone, compared with the plan as it is in the editor.
// When the journal begins after the review, it says so and what changed since it begins.
func ChangesView(h Host) fyne.CanvasObject {
	loc, env, sh := locOf(h), h.Env(), h.Shell()
	stored, err := storedDoc(h)
	var since review.Since
	ok := false
	if err == nil {
		since, ok, err = review.AtLatest(sh.Context(), sh.Store().Journal(), stored)
	}
	if err != nil {
		log.Printf("kamplan: what changed since the review of plan %s: %v", env.Plan.ID, err)
		return form.Wrapped(form.Capitalise(form.Message(loc, err)))
	}
	if !ok {
		return container.NewVBox(heading(loc.T("review.changes")), form.Wrapped(loc.T("review.changes.no_review")))
	}
	now := domain.Doc{Account: env.Account, Plan: env.Plan}
	box := container.NewVBox(heading(loc.T("review.changes.since", loc.LongDate(since.Review))))
	if !since.Reaches {
		box.Add(form.Wrapped(loc.HistoryBegins(since.Review, since.Begins)))
	}
	cs := history.ChangesSince(since.Was, now)
	if len(cs) == 0 && (since.Reaches || !since.Begins.IsZero()) {
		box.Add(form.Wrapped(loc.T("history.none")))
	}
	listChanges(box, loc, locale.NewChangeWords(loc.Lang(), since.Was, now), cs)
	return box
}

// listChanges adds the changes to box under their sections' names, at most maxChanges.
func listChanges(box *fyne.Container, loc locale.Locale, w locale.ChangeWords, cs []history.Change) {
	var section history.Section
	for i, c := range cs {
		if i == maxChanges {
			box.Add(form.Wrapped(loc.TCount("history.more", len(cs)-i, len(cs)-i)))
			return
		}
		if i == 0 || c.Section != section {
			section = c.Section
			box.Add(heading(w.Section(section)))
		}
		box.Add(form.Wrapped("• " + w.Sentence(c)))
	}
}

// storedDoc is the plan and its account as the store holds them.
func storedDoc(h Host) (domain.Doc, error) {
	sh, env := h.Shell(), h.Env()
	p, err := sh.Store().LoadPlan(sh.Context(), env.Plan.ID)
	if err != nil {
		return domain.Doc{}, err
	}
	a, err := sh.Store().Account(sh.Context(), env.Account.ID)
	return domain.Doc{Account: a, Plan: p}, err
}
