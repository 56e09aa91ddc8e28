package editor

import (
	"slices"

	"kamplan/domain"
	"kamplan/ui/shell"
)

// pagesOf says on which pages of the editor edits show (each page's topics say), the usual
// one first: the page of the first edit's list, or the first page that draws its field. An
// edit and its inverse together name every list the edit changed: a removal's inverse puts
// back what the removal cleaned elsewhere (a contact's links, coverage pairs, actions).
func pagesOf(eds ...domain.Edit) []shell.Page {
	var out []shell.Page
	add := func(pages []shell.Page) {
		for _, p := range pages {
			if !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	for _, ed := range eds {
		switch x := ed.(type) {
		case domain.Batch:
			add(pagesOf(x...))
		case domain.SetScore: // scores are drawn beside the factors and criteria
			add(pagesShowing(func(t topics) bool { return slices.Contains(t.owns, domain.CollCriteria) }))
		case domain.SetField:
			add(pagesShowing(func(t topics) bool { return slices.Contains(t.fields, x.Field) }))
		case domain.AddItem:
			add(pagesOfColl(x.Coll))
		case domain.RemoveItem:
			add(pagesOfColl(x.Coll))
		case domain.ReplaceItem:
			add(pagesOfColl(x.Coll))
		case domain.MoveItem:
			add(pagesOfColl(x.Coll))
		case domain.ReplaceContent: // a restore or a merge: the whole content
			add(pagesShowing(func(topics) bool { return true }))
		}
	}
	return out
}

// pagesOfColl are the pages that draw a list, its own page first.
func pagesOfColl(c domain.Coll) []shell.Page {
	return append(pagesShowing(func(t topics) bool { return slices.Contains(t.owns, c) }),
		pagesShowing(func(t topics) bool { return slices.Contains(t.shows, c) })...)
}

// pagesShowing are the pages whose topics match, in reading order.
func pagesShowing(match func(topics) bool) []shell.Page {
	var out []shell.Page
	for _, d := range pageList {
		if match(d.make(nil).shows()) {
			out = append(out, d.key)
		}
	}
	return out
}

// pageFor is where an undone or redone edit is shown: the page it was made on when that page
// shows it (a contact dragged on the influence map), else its usual page.
func pageFor(ed domain.Edit, madeOn shell.Page) (shell.Page, bool) {
	pages := pagesOf(ed)
	if len(pages) == 0 {
		return "", false
	}
	if slices.Contains(pages, madeOn) {
		return madeOn, true
	}
	return pages[0], true
}
