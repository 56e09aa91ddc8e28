package editor

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
)

// historyPage lists the plan's saved changes from its journal, newest first, in words: when,
// who, and what changed ("Total purchase potential: €2,500,000 → €3,000,000"). It is
// filtered by section and by person and read historyPageSize entries at a time, so that a
// journal of thousands of edits lists at once; it is drawn again after every save.
type historyPage struct {
	e       *Editor
	section history.Section // only the changes of this section; "" for all
	author  string          // only this person's changes; "" for everyone's
	before  int64           // the journal's page shown: its entries are older than this; 0 for the newest
	newer   []int64         // the before of each page shown before this one, the last one last
}

// historyPageSize is how many entries a page of the history lists.
const historyPageSize = 50

// historyLines is how many changes of one entry are listed before "and N more changes".
const historyLines = 6

func (*historyPage) shows() topics { return topics{journal: true} }

func (p *historyPage) build() fyne.CanvasObject {
	page, err := p.read()
	if err != nil {
		log.Printf("kamplan: the history of plan %s: %v", p.e.plan.ID, err)
		return form.Wrapped(form.Capitalise(form.Message(p.e.loc, err)))
	}
	return container.NewVBox(form.Wrapped(p.e.tr("editor.history.intro")), p.filters(page.Authors), widget.NewSeparator(),
		p.list(page.Entries), p.pager(page))
}

// read reads the page of the journal shown, with the filters chosen.
func (p *historyPage) read() (history.JournalPage, error) {
	q := history.JournalQuery{Section: p.section, Author: p.author, Before: p.before, Limit: historyPageSize}
	return p.e.sh.Store().Journal().Page(p.e.sh.Context(), p.e.plan.ID, q)
}

// filters choose a section and a person, from everyone who ever edited the plan.
func (p *historyPage) filters(authors []string) fyne.CanvasObject {
	e := p.e
	sections := []string{e.tr("editor.history.all_sections")}
	for _, s := range history.Sections {
		sections = append(sections, e.tr("history.section."+string(s)))
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
	byAuthor := widget.NewSelect(append([]string{e.tr("editor.history.everyone")}, people...), nil)
	byAuthor.SetSelectedIndex(slices.Index(people, p.author) + 1)
	byAuthor.OnChanged = func(string) {
		p.author = ""
		if i := byAuthor.SelectedIndex(); i > 0 {
			p.author = people[i-1]
		}
		p.turn(0, nil)
	}
	return widget.NewForm(widget.NewFormItem(e.tr("editor.history.section"), bySection),
		widget.NewFormItem(e.tr("editor.history.person"), byAuthor))
}

// turn shows another page of the journal: the one of entries older than before.
func (p *historyPage) turn(before int64, newer []int64) {
	p.before, p.newer = before, newer
	p.e.pages.redrawHere()
}

// list is the entries of the page shown, or why there are none.
func (p *historyPage) list(entries []history.JournalEntry) fyne.CanvasObject {
	if len(entries) == 0 {
		if p.section != "" || p.author != "" {
			return form.Wrapped(p.e.tr("editor.history.none_match"))
		}
		return form.Wrapped(p.e.tr("editor.history.none"))
	}
	w := locale.NewChangeWords(p.e.loc.Lang(), p.e.doc, p.e.doc)
	rows := make([]fyne.CanvasObject, 0, 3*len(entries))
	for i, en := range entries {
		if i > 0 {
			rows = append(rows, widget.NewSeparator())
		}
		said := saidEntry(p.e.loc, w, p.e.doc, en)
		meta := widget.NewLabelWithStyle(said.meta, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		rows = append(rows, meta, form.Wrapped(strings.Join(said.lines, "\n")))
	}
	return container.NewVBox(rows...)
}

// pager turns to newer and older pages, and says which entries are shown.
func (p *historyPage) pager(page history.JournalPage) fyne.CanvasObject {
	e := p.e
	newer := widget.NewButtonWithIcon(e.tr("editor.history.newer"), theme.NavigateBackIcon(), func() {
		n := len(p.newer)
		p.turn(p.newer[n-1], p.newer[:n-1])
	})
	older := widget.NewButtonWithIcon(e.tr("editor.history.older"), theme.NavigateNextIcon(), func() {
		p.turn(page.Entries[len(page.Entries)-1].Seq, append(slices.Clone(p.newer), p.before))
	})
	if len(p.newer) == 0 {
		newer.Disable()
	}
	if !page.More {
		older.Disable()
	}
	first := len(p.newer)*historyPageSize + 1
	shown := widget.NewLabel("")
	if n := len(page.Entries); n > 0 {
		shown.SetText(e.tr("editor.history.range", first, first+n-1))
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
		if len(out.lines) < historyLines {
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
