package ui

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"kamplan/domain"
)

// Field helpers bind a widget to a value of the plan: a valid edit is applied at once and
// saved shortly after; an invalid one shows its message under the field and changes nothing.

func (e *editor) text(get func() string, set func(string), onEdit func()) *widget.Entry {
	w := widget.NewEntry()
	w.SetText(get())
	w.OnChanged = func(s string) { set(s); onEdit() }
	return w
}

func (e *editor) required(get func() string, set func(string), onEdit func()) *widget.Entry {
	w := widget.NewEntry()
	w.SetText(get())
	w.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(e.tr("err.required"))
		}
		return nil
	}
	w.OnChanged = func(s string) {
		if w.Validate() == nil {
			set(strings.TrimSpace(s))
			onEdit()
		}
	}
	return w
}

func (e *editor) multiline(get func() string, set func(string)) *widget.Entry {
	w := widget.NewMultiLineEntry()
	w.Wrapping = fyne.TextWrapWord
	w.SetMinRowsVisible(5)
	w.SetText(get())
	w.OnChanged = func(s string) { set(s); e.changed() }
	return w
}

// money edits an amount in major units (1.250.000 or 1,250,000 or 1250000,50).
func (e *editor) money(get func() int64, set func(int64)) *widget.Entry {
	w := widget.NewEntry()
	w.SetText(e.app.moneyText(get()))
	w.Validator = func(s string) error {
		v, ok := parseMoney(s)
		if !ok {
			return errors.New(e.tr("editor.err.money"))
		}
		if v < 0 {
			return errors.New(e.tr("err.negative"))
		}
		return nil
	}
	w.OnChanged = func(s string) {
		if w.Validate() == nil {
			v, _ := parseMoney(s)
			set(v)
			e.changed()
		}
	}
	return w
}

// optionalPct edits an optional percentage between lo and hi; empty means not set.
func (e *editor) optionalPct(get func() *float64, set func(*float64), lo, hi float64) *widget.Entry {
	w := widget.NewEntry()
	if v := get(); v != nil {
		w.SetText(e.app.decimal(*v, 1))
	}
	w.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		v, ok := parseDecimal(s)
		if !ok || v < lo || v > hi {
			return errors.New(e.tr("editor.err.pct_range", int(lo), int(hi)))
		}
		return nil
	}
	w.OnChanged = func(s string) {
		if w.Validate() != nil {
			return
		}
		if strings.TrimSpace(s) == "" {
			set(nil)
		} else {
			v, _ := parseDecimal(s)
			set(&v)
		}
		e.changed()
	}
	return w
}

func (e *editor) date(get func() domain.Date, set func(domain.Date)) *widget.Entry {
	w := widget.NewEntry()
	w.SetPlaceHolder(e.tr("editor.date_format"))
	if d := get(); !d.IsZero() {
		w.SetText(e.app.date(d))
	}
	w.Validator = func(s string) error {
		if _, ok := e.app.parseDate(s); !ok {
			return errors.New(e.tr("editor.err.date"))
		}
		return nil
	}
	w.OnChanged = func(s string) {
		if d, ok := e.app.parseDate(s); ok {
			set(d)
			e.changed()
		}
	}
	return w
}

// choice is a select over labels whose index is the value.
func (e *editor) choice(labels []string, get func() int, set func(int)) *widget.Select {
	w := widget.NewSelect(labels, nil)
	if i := get(); i >= 0 && i < len(labels) {
		w.SetSelectedIndex(i)
	}
	w.OnChanged = func(string) { set(w.SelectedIndex()); e.changed() }
	return w
}

// parseMoney reads an amount in major units into minor units: "1.250.000", "1,250,000.50",
// "1250000,5" are all understood (the last separator followed by one or two digits is decimal).
func parseMoney(s string) (int64, bool) {
	s = strings.TrimSpace(strings.NewReplacer("€", "", "$", "", "£", "", " ", "", "\u00a0", "").Replace(s))
	if s == "" {
		return 0, true
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac := s, ""
	if i := strings.LastIndexAny(s, ".,"); i >= 0 && len(s)-i-1 <= 2 && len(s)-i-1 > 0 {
		whole, frac = s[:i], s[i+1:]
	}
	whole = strings.NewReplacer(".", "", ",", "").Replace(whole)
	for len(frac) < 2 {
		frac += "0"
	}
	w, err1 := strconv.ParseInt(whole, 10, 64)
	f, err2 := strconv.ParseInt(frac, 10, 64)
	if err1 != nil || err2 != nil || w > 1e15 {
		return 0, false
	}
	v := w*100 + f
	if neg {
		v = -v
	}
	return v, true
}

func errorf(msg string) error { return errors.New(msg) }

// entries lists the entries inside an object, in reading order.
func entries(o fyne.CanvasObject) []*widget.Entry {
	var out []*widget.Entry
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Entry:
			out = append(out, x)
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}
