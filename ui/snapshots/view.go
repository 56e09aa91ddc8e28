package snapshots

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain/history"
	"kamplan/ui/form"
	"kamplan/ui/locale"
)

// ShowSnapshot shows the i-th snapshot read-only: the plan as it was, section by section.
// Nothing on it can be typed in or dragged, and it says so.
func (s *Screen) ShowSnapshot(i int) {
	info := s.kept[i]
	snap, err := s.sh.Store().Snapshots().Read(s.sh.Context(), info.ID)
	if err != nil {
		s.sh.ShowError(err)
		return
	}
	doc := snap.Doc()
	words := locale.NewChangeWords(s.loc.Lang(), doc, doc).Whole()
	banner := widget.NewLabelWithStyle(s.tr("snapshots.view.readonly", Label(s.loc, info), When(s.loc, info)),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	banner.Importance = widget.WarningImportance
	banner.Wrapping = fyne.TextWrapWord
	tools := container.New(layout.NewRowWrapLayout(),
		widget.NewButtonWithIcon(s.tr("snapshots.compare_now"), theme.ContentCopyIcon(), func() { s.ShowCompare(i) }),
		widget.NewButtonWithIcon(s.tr("snapshots.export"), theme.DocumentSaveIcon(), func() { s.exportAt(i) }),
		widget.NewButtonWithIcon(s.tr("snapshots.restore"), theme.HistoryIcon(), func() { s.restoreAt(i) }))
	body := newSectioned(history.Contents(doc), func(sec history.Section, _ int) string { return words.Section(sec) }, "",
		func(cs []history.Change) fyne.CanvasObject {
			bs := blocks(cs)
			return stepped(s.loc, len(bs), func(n int) fyne.CanvasObject { return contentsText(words, bs[:n]) })
		}, s.tr("snapshots.view.empty"))
	title := s.tr("snapshots.view.title", doc.Account.Name, doc.Plan.Period, When(s.loc, info))
	top := container.NewVBox(s.header(title, s.tr("snapshots.view.back"), s.ShowList), banner, tools, widget.NewSeparator())
	s.sh.Show(container.NewBorder(top, nil, nil, nil, body))
}

// contentsText says a section of a plan's contents (history.Contents), read block by block
// (see blocks): each field with its value; each element in bold, its fields and what it
// holds listed under it.
func contentsText(w locale.ChangeWords, bs [][]history.Change) *widget.RichText {
	var segs []widget.RichTextSegment
	for _, b := range bs {
		head := b[0]
		what, _, value := w.Sides(head)
		if !opens(head) { // a field of the plan or the account, a score
			segs = append(segs, &widget.TextSegment{Style: widget.RichTextStyleStrong, Text: what + ": "},
				&widget.TextSegment{Style: widget.RichTextStyleParagraph, Text: value})
			continue
		}
		subject := w.Subject(head)
		segs = append(segs, &widget.TextSegment{Style: elementStyle, Text: subject})
		var items []widget.RichTextSegment
		for _, c := range b[1:] {
			if _, _, value := w.Sides(c); !strings.HasSuffix(subject, " "+value) { // else the heading says it whole
				items = append(items, &widget.TextSegment{Style: widget.RichTextStyleParagraph,
					Text: form.Capitalise(w.FieldLabel(c)) + ": " + value})
			}
		}
		if len(items) > 0 {
			segs = append(segs, &widget.ListSegment{Items: items})
		}
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// blocks splits a section's contents into what is read as one: an element with its fields
// and what it holds; a field of the plan; a score.
func blocks(cs []history.Change) [][]history.Change {
	var out [][]history.Change
	for _, c := range cs {
		if n := len(out); n > 0 && opens(out[n-1][0]) && belongs(out[n-1][0], c) {
			out[n-1] = append(out[n-1], c)
		} else {
			out = append(out, []history.Change{c})
		}
	}
	return out
}

// opens says whether a change heads an element: the element itself, added.
func opens(c history.Change) bool {
	return c.Kind == history.Added && c.Coll != "" && c.Coll != history.CollKPIHistory
}

// belongs says whether c is a field of the element head, or a measurement of the KPI.
func belongs(head, c history.Change) bool {
	return c.Kind == history.Changed && c.Coll == head.Coll && c.ID == head.ID && c.Parent == head.Parent ||
		c.Coll == history.CollKPIHistory && c.Parent == head.ID
}

// elementStyle heads an element of the plan: bold, on a line of its own.
var elementStyle = widget.RichTextStyle{ColorName: theme.ColorNameForeground, SizeName: theme.SizeNameText,
	TextStyle: fyne.TextStyle{Bold: true}}
