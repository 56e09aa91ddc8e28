// Package historylist lists a plan's journal in words, newest first: the editor's History
// page. Each entry says when, who and where ("Dec 5, 2026, 19:53 · Ane Goikoetxea · Wallet"),
// then what changed ("Total purchase potential: €4,800,000 → €6,000,000"), as the document's
// "What changed" section says it (locale.ChangeWords). The list is filtered by section and
// by person and read PageSize entries at a time, so that a journal of thousands of edits
// lists at once.
package historylist

import (
	"log"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/ui/form"
	"kamplan/ui/locale"
	"kamplan/ui/shell"
)

// PageSize is how many entries a page of the history lists.
const PageSize = 50

// linesPerEntry is how many changes of one entry are listed before "and N more changes".
const linesPerEntry = 6

// List is the plan's journal listed in words, with the filters and the page chosen, which it
// keeps from one drawing to the next.
type List struct {
	sh      shell.Shell
	loc     locale.Locale
	planID  string
	redraw  func()          // draws the list again: a filter was chosen, a page turned
	section history.Section // only the changes of this section; "" for all
	author  string          // only this person's changes; "" for everyone's
	before  int64           // the journal's page shown: its entries are older than this; 0 for the newest
	newer   []int64         // the before of each page shown before this one, the last one last
}

// New lists the journal of a plan; redraw draws the list again where it is shown (View).
func New(sh shell.Shell, planID string, redraw func()) *List {
	return &List{sh: sh, loc: sh.Locale(), planID: planID, redraw: redraw}
}

// View reads the page of the journal chosen and draws it; now is the plan as it is, which
// names what the changes' ids refer to.
func (p *List) View(now domain.Doc) fyne.CanvasObject {
	page, err := p.read()
	if err != nil {
		log.Printf("kamplan: the history of plan %s: %v", p.planID, err)
		return form.Wrapped(form.Capitalise(form.Message(p.loc, err)))
	}
	return container.NewVBox(form.Wrapped(p.tr("editor.history.intro")), p.filters(page.Authors), widget.NewSeparator(),
		p.list(page.Entries, now), p.pager(page))
}

func (p *List) tr(key string, args ...any) string { return p.loc.T(key, args...) }

// read reads the page of the journal shown, with the filters chosen.
func (p *List) read() (history.JournalPage, error) {
	q := history.JournalQuery{Section: p.section, Author: p.author, Before: p.before, Limit: PageSize}
	return p.sh.Store().Journal().Page(p.sh.Context(), p.planID, q)
}

// filters choose a section and a person, from everyone who ever edited the plan.
func (p *List) filters(authors []string) fyne.CanvasObject {
	sections := []string{p.tr("editor.history.all_sections")}
	for _, s := range history.Sections {
		sections = append(sections, p.tr("history.section."+string(s)))
	}
	bySection := widget.NewSelect(sections, nil)
	bySection.SetSelectedIndex(slices.Index(history.Sections, p.section) + 1)
	bySection.OnChanged = func(string) {
		p.section = ""
		if i := bySection.SelectedIndex(); i > 0 {
			p.section = history.Sections[i-1]
		}
		p.turn(0, nil)
	}
	people := slices.DeleteFunc(slices.Clone(authors), func(a string) bool { return strings.TrimSpace(a) == "" })
	if p.author != "" && !slices.Contains(people, p.author) {
		people = append(people, p.author)
	}
	byAuthor := widget.NewSelect(append([]string{p.tr("editor.history.everyone")}, people...), nil)
	byAuthor.SetSelectedIndex(slices.Index(people, p.author) + 1)
	byAuthor.OnChanged = func(string) {
		p.author = ""
		if i := byAuthor.SelectedIndex(); i > 0 {
			p.author = people[i-1]
		}
		p.turn(0, nil)
	}
	return widget.NewForm(widget.NewFormItem(p.tr("editor.history.section"), bySection),
		widget.NewFormItem(p.tr("editor.history.person"), byAuthor))
}

// turn shows another page of the journal: the one of entries older than before.
func (p *List) turn(before int64, newer []int64) {
	p.before, p.newer = before, newer
	p.redraw()
}

// list is the entries of the page shown, or why there are none.
func (p *List) list(entries []history.JournalEntry, now domain.Doc) fyne.CanvasObject {
	if len(entries) == 0 {
		if p.section != "" || p.author != "" {
			return form.Wrapped(p.tr("editor.history.none_match"))
		}
		return form.Wrapped(p.tr("editor.history.none"))
	}
	w := locale.NewChangeWords(p.loc.Lang(), now, now)
	rows := make([]fyne.CanvasObject, 0, 3*len(entries))
	for i, en := range entries {
		if i > 0 {
			rows = append(rows, widget.NewSeparator())
		}
		said := saidEntry(p.loc, w, now, en)
		meta := widget.NewLabelWithStyle(said.meta, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		rows = append(rows, meta, form.Wrapped(strings.Join(said.lines, "\n")))
	}
	return container.NewVBox(rows...)
}

// pager turns to newer and older pages, and says which entries are shown.
func (p *List) pager(page history.JournalPage) fyne.CanvasObject {
	newer := widget.NewButtonWithIcon(p.tr("editor.history.newer"), theme.NavigateBackIcon(), func() {
		n := len(p.newer)
		p.turn(p.newer[n-1], p.newer[:n-1])
	})
	older := widget.NewButtonWithIcon(p.tr("editor.history.older"), theme.NavigateNextIcon(), func() {
		p.turn(page.Entries[len(page.Entries)-1].Seq, append(slices.Clone(p.newer), p.before))
	})
	if len(p.newer) == 0 {
		newer.Disable()
	}
	if !page.More {
		older.Disable()
	}
	first := len(p.newer)*PageSize + 1
	shown := widget.NewLabel("")
	if n := len(page.Entries); n > 0 {
		shown.SetText(p.tr("editor.history.range", first, first+n-1))
	}
	if newer.Disabled() && older.Disabled() {
		return shown // the whole history is on this page
	}
	return container.NewHBox(newer, shown, older)
}

// entryWords is one entry of the journal as the history says it: when, who and where, then
// what changed, a line each.
type entryWords struct {
	meta  string
	lines []string
}

// saidEntry says an entry in the interface's language: "Nov 22, 2026, 14:05 · Ane Goikoetxea
// · Wallet", then "Total purchase potential: €2,500,000 → €3,000,000"; what ids refer to is
// named as in the plan now.
func saidEntry(loc locale.Locale, w locale.ChangeWords, now domain.Doc, en history.JournalEntry) entryWords {
	changes := en.Changes(now)
	var out entryWords
	var sections []string
	for _, c := range changes {
		if name := w.Section(c.Section); !slices.Contains(sections, name) {
			sections = append(sections, name)
		}
		if len(out.lines) < linesPerEntry {
			out.lines = append(out.lines, w.Sentence(c))
		}
	}
	if n := len(changes) - len(out.lines); n > 0 {
		out.lines = append(out.lines, loc.TCount("editor.history.more", n, n))
	}
	if len(changes) == 0 {
		out.lines = []string{loc.T("editor.history.nothing")}
	}
	at := en.At.Local()
	author := en.Author
	if strings.TrimSpace(author) == "" {
		author = loc.T("editor.history.unnamed")
	}
	parts := []string{loc.T("editor.history.when", loc.LongDate(domain.DateOf(at)), at.Format("15:04")), author}
	if en.Kind != history.JournalDo {
		parts = append(parts, loc.T("editor.history."+string(en.Kind)))
	}
	out.meta = strings.Join(append(parts, sections...), " · ")
	return out
}
