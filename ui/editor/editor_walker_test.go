package editor

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// The walker: on every page, every control bound to the plan is set to a valid value, then to
// an invalid one, then back to the value stored, then the next control of the page is edited —
// and after each step the page drawn afresh from the database shows what the screen shows.
// "Saved" means saved for every control, whatever was typed before.
func TestWalkerEveryControlShowsWhatIsStored(t *testing.T) {
	a, e := openSample(t, "en")
	for i, phase := range editorPages() {
		for j, p := range phase {
			t.Run(p.key, func(t *testing.T) {
				page := e.subs[i].pages[j]
				w := walker{t: t, a: a, e: e, page: page, build: p.build}
				w.walk()
			})
		}
	}
}

type walker struct {
	t     *testing.T
	a     *testApp
	e     *Editor
	page  fyne.CanvasObject
	build func(*Editor) fyne.CanvasObject
}

// walk visits the page's controls; of a list's rows (SWOT items, criteria, offerings) the first
// two of each kind of control, which keeps the walk short and covers every row's code.
func (w walker) walk() {
	seen := map[string]int{}
	for k := 0; k < len(controlsOf(w.page)); k++ {
		name := describeControl(controlsOf(w.page)[k])
		if seen[name]++; seen[name] > 2 {
			continue
		}
		if !w.step(k, name+": a valid value", setValid) {
			continue // it shows the page another way (which SWOT, how sorted): not the plan
		}
		if w.step(k, name+": an invalid value", setInvalid) {
			w.step(k, name+": back to the stored value", setStored)
		}
		if k+1 < len(controlsOf(w.page)) {
			w.step(k+1, name+", then the next control", setValid)
		}
	}
}

// step changes control k of the page and checks the store against the screen; false when the
// control has no such value (a choice has no invalid one) or changes the view, not the plan.
func (w walker) step(k int, what string, change func(o fyne.CanvasObject) bool) bool {
	w.t.Helper()
	c := controlsOf(w.page)[k]
	before, edits := valueOf(c), len(w.e.undo)
	if !change(c) {
		return false
	}
	refused := w.a.win.Canvas().Overlays().Top() != nil
	closeDialogs(w.a) // a refusal explains itself in a dialog; the screen must still be true
	if _, isField := c.(*field); !isField && !refused && len(w.e.undo) == edits && valueOf(c) != before {
		restore(c, before)
		return false
	}
	w.e.Flush()
	w.compare(what)
	return true
}

// compare draws the page again from what the database holds and asks that it show what the
// screen shows, but for fields whose text is not a value yet.
func (w walker) compare(what string) {
	w.t.Helper()
	acc, err := w.a.store.Account(w.a.ctx, w.e.account.ID)
	if err != nil {
		w.t.Fatal(err)
	}
	fresh := New(w.a, acc, storedPlan(w.t, w.a, w.e.plan.ID))
	stored := w.build(fresh)
	fresh.refresh()
	screen, again := pageText(w.page, w.e), pageText(stored, nil)
	if screen != again {
		w.t.Fatalf("after %s the screen and the store disagree:\n%s", what, diffLines(screen, again))
	}
}

// controlsOf lists the page's controls bound to the plan, in reading order.
func controlsOf(o fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	walk(o, func(c fyne.CanvasObject) {
		switch x := c.(type) {
		case *field:
			if !x.Disabled() {
				out = append(out, x)
			}
		case *widget.Select, *widget.RadioGroup, *widget.Check, *widget.CheckGroup:
			if d, ok := x.(fyne.Disableable); !ok || !d.Disabled() {
				out = append(out, x)
			}
		}
	})
	return out
}

// valueOf is what a choice shows, to put it back when it turns out to change only the view.
func valueOf(o fyne.CanvasObject) string {
	switch x := o.(type) {
	case *widget.Select:
		return x.Selected
	case *widget.RadioGroup:
		return x.Selected
	case *widget.Check:
		return fmt.Sprint(x.Checked)
	case *widget.CheckGroup:
		return strings.Join(x.Selected, "\x00")
	}
	return ""
}

func restore(o fyne.CanvasObject, v string) {
	switch x := o.(type) {
	case *widget.Select:
		x.SetSelected(v)
	case *widget.RadioGroup:
		x.SetSelected(v)
	case *widget.Check:
		x.SetChecked(v == "true")
	case *widget.CheckGroup:
		x.SetSelected(strings.Split(v, "\x00"))
	}
}

func describeControl(o fyne.CanvasObject) string {
	switch x := o.(type) {
	case *field:
		return fmt.Sprintf("field %q", x.spec.label)
	case *widget.Select:
		return fmt.Sprintf("choice of %d", len(x.Options))
	case *widget.RadioGroup:
		return fmt.Sprintf("options %s", strings.Join(x.Options, "/"))
	}
	return fmt.Sprintf("%T", o)
}

// pageText is what a page shows: its texts and its controls' values; a field whose text is
// not valid (in e) shows what is stored instead, which is what the header says.
func pageText(o fyne.CanvasObject, e *Editor) string {
	var b strings.Builder
	unsettled := func(f *field) bool { return e != nil && (e.isInvalid(f) || e.pending[f]) }
	messages := map[*widget.Label]bool{}
	walk(o, func(c fyne.CanvasObject) {
		if f, ok := c.(*field); ok && unsettled(f) {
			messages[f.msg] = true
		}
	})
	walk(o, func(c fyne.CanvasObject) {
		switch x := c.(type) {
		case *field:
			text := x.Text
			if unsettled(x) {
				text = x.spec.show()
			}
			fmt.Fprintf(&b, "field %s = %s\n", x.spec.label, text)
		case *widget.Label:
			if x.Visible() && !messages[x] {
				fmt.Fprintf(&b, "%s\n", x.Text)
			}
		case *widget.Select:
			fmt.Fprintf(&b, "select = %s\n", x.Selected)
		case *widget.RadioGroup:
			fmt.Fprintf(&b, "radio = %s\n", x.Selected)
		case *widget.Check:
			fmt.Fprintf(&b, "check %s = %v\n", x.Text, x.Checked)
		case *widget.CheckGroup:
			fmt.Fprintf(&b, "checks = %s\n", strings.Join(x.Selected, ", "))
		}
	})
	return b.String()
}

func diffLines(a, b string) string {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < max(len(x), len(y)); i++ {
		var l, r string
		if i < len(x) {
			l = x[i]
		}
		if i < len(y) {
			r = y[i]
		}
		if l != r {
			out = append(out, fmt.Sprintf("line %d: screen %q, stored %q", i, l, r))
		}
		if len(out) == 8 {
			break
		}
	}
	return strings.Join(out, "\n")
}

// Values a person types: the first the field takes (and that changes it), or refuses.
var (
	validTexts   = []string{"Texto nuevo ✓ 中文 😀", "7", "42", "3M", "12.5", "2027-03-31", "USD", "FY2031"}
	invalidTexts = []string{"", "3 millions", "abc", "-5", "150", "2027-02-30", "99/99/9999"}
)

func setValid(o fyne.CanvasObject) bool {
	switch x := o.(type) {
	case *field:
		for _, s := range validTexts {
			if v, err := x.spec.parse(s); err == nil && fmt.Sprint(v) != fmt.Sprint(x.spec.value()) {
				retype(x, s)
				return true
			}
		}
		return false
	case *widget.Select:
		if len(x.Options) < 2 {
			return false
		}
		x.SetSelectedIndex((x.SelectedIndex() + 1) % len(x.Options))
	case *widget.RadioGroup:
		next := x.Options[0]
		if x.Selected == next && len(x.Options) > 1 {
			next = x.Options[1]
		}
		x.SetSelected(next)
	case *widget.Check:
		x.SetChecked(!x.Checked)
	case *widget.CheckGroup:
		x.SetSelected(toggle(x.Selected, x.Options[0]))
	}
	return true
}

func setInvalid(o fyne.CanvasObject) bool {
	f, ok := o.(*field)
	if !ok {
		return false
	}
	for _, s := range invalidTexts {
		if _, err := f.spec.parse(s); err != nil {
			retype(f, s)
			return true
		}
	}
	return false
}

// setStored types the value the database holds back into the field.
func setStored(o fyne.CanvasObject) bool {
	f := o.(*field)
	retype(f, f.spec.show())
	return true
}

func toggle(set []string, s string) []string {
	for i, x := range set {
		if x == s {
			return append(append([]string(nil), set[:i]...), set[i+1:]...)
		}
	}
	return append(append([]string(nil), set...), s)
}
