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
		func(cs []history.Change) fyne.CanvasObject { return contentsText(words, cs) }, s.tr("snapshots.view.empty"))
	title := s.tr("snapshots.view.title", doc.Account.Name, doc.Plan.Period, When(s.loc, info))
	top := container.NewVBox(s.header(title, s.tr("snapshots.view.back"), s.ShowList), banner, tools, widget.NewSeparator())
	s.sh.Show(container.NewBorder(top, nil, nil, nil, body))
}

// contentsText says a section of a plan's contents (history.Contents): each field with its
// value; each element in bold, its fields and what it holds listed under it.
func contentsText(w locale.ChangeWords, cs []history.Change) *widget.RichText {
	var segs, items []widget.RichTextSegment
	endList := func() {
		if len(items) > 0 {
			segs = append(segs, &widget.ListSegment{Items: items})
			items = nil
		}
	}
	var open history.Change // the element whose fields are being listed
	for _, c := range cs {
		_, _, value := w.Sides(c)
		switch {
		case c.Kind == history.Added && c.Coll != history.CollKPIHistory:
			endList()
			open = c
			segs = append(segs, &widget.TextSegment{Style: elementStyle, Text: w.Subject(c)})
		case open.Coll != "" && (c.ID == open.ID && c.Coll == open.Coll || c.Parent == open.ID && c.Coll == history.CollKPIHistory):
			if !strings.HasSuffix(w.Subject(open), " "+value) { // the heading says it whole already
				items = append(items, &widget.TextSegment{Style: widget.RichTextStyleParagraph,
					Text: form.Capitalise(w.FieldLabel(c)) + ": " + value})
			}
		default: // a field of the plan or the account, a score
			endList()
			open = history.Change{}
			what, _, _ := w.Sides(c)
			segs = append(segs, &widget.TextSegment{Style: widget.RichTextStyleStrong, Text: what + ": "},
				&widget.TextSegment{Style: widget.RichTextStyleParagraph, Text: value})
		}
	}
	endList()
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// elementStyle heads an element of the plan: bold, on a line of its own.
var elementStyle = widget.RichTextStyle{ColorName: theme.ColorNameForeground, SizeName: theme.SizeNameText,
	TextStyle: fyne.TextStyle{Bold: true}}
