package editor

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// visitInputs calls visit for every input of a page with the label of the form item it sits in.
func visitInputs(o fyne.CanvasObject, formLabel string, visit func(o fyne.CanvasObject, formLabel string)) {
	visit(o, formLabel)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			visitInputs(c, formLabel, visit)
		}
	case *container.Scroll:
		visitInputs(x.Content, formLabel, visit)
	case *widget.Form:
		for _, it := range x.Items {
			visitInputs(it.Widget, it.Text, visit)
		}
	}
}

// TestEveryInputIsLabelled walks every page of the editor: each input must be named by its form
// label, a column header or heading shown on the page, or its own visible text.
func TestEveryInputIsLabelled(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		_, e := openSample(t, lang)
		for _, phase := range e.subs {
			for _, page := range phase.Items {
				shown := map[string]bool{}
				visitInputs(page.Content, "", func(o fyne.CanvasObject, _ string) {
					if l, ok := o.(*widget.Label); ok {
						shown[strings.TrimSpace(l.Text)] = true
					}
				})
				visitInputs(page.Content, "", func(o fyne.CanvasObject, formLabel string) {
					if formLabel != "" {
						return
					}
					name := ""
					switch x := o.(type) {
					case *field:
						name = x.spec.label
						if x.PlaceHolder == name {
							return // the hint inside the field names it
						}
					case *widget.Select:
						name = e.names[x]
					case *widget.Check:
						if x.Text != "" {
							return
						}
					case *widget.Entry, *widget.CheckGroup:
					default:
						return
					}
					if name == "" || !shown[name] {
						t.Errorf("%s, %s: an input %T (%q) has no visible label", lang, page.Text, o, name)
					}
				})
			}
		}
	}
}
