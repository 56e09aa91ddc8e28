package bind

import (
	"kamplan/domain"
	"kamplan/ui/locale"

	"fyne.io/fyne/v2/widget"
)

// Fields over the fields SetField sets (domain.Field), named by the catalogue key of their label.

func (s *Set) setField(name domain.Field) func(any) domain.Edit {
	return func(v any) domain.Edit { return domain.SetField{Field: name, Value: v} }
}

func (s *Set) valueOf(name domain.Field) func() any {
	return func() any { return s.env.Doc.FieldValue(name) }
}

func (s *Set) tr(key string) string { return s.env.Host.Locale().T(key) }

// OfPlan is a field of a value of the account or plan, read with parse and written with show.
func (s *Set) OfPlan(label string, name domain.Field, parse func(string) (any, error), show func(v any) string) *Field {
	return s.New(Spec{Label: label, Parse: parse, Show: func() string { return show(s.env.Doc.FieldValue(name)) },
		Value: s.valueOf(name), Edit: s.setField(name)})
}

// Text edits a text of the account or plan; a required one refuses blank text.
func (s *Set) Text(labelKey string, name domain.Field, required, multi bool) *Field {
	parse := s.Parse.Any
	if required {
		parse = s.Parse.Required
	}
	return s.New(Spec{Label: s.tr(labelKey), Multi: multi, Parse: parse,
		Show:  func() string { v, _ := s.env.Doc.FieldValue(name).(string); return v },
		Value: s.valueOf(name), Edit: s.setField(name)})
}

// Amount edits an amount of money.
func (s *Set) Amount(labelKey string, name domain.Field) *Field {
	loc := s.env.Host.Locale()
	f := s.OfPlan(s.tr(labelKey), name, s.Parse.Amount, func(v any) string { return MoneyText(loc, v) })
	f.SetPlaceHolder("0")
	return f
}

// Count edits a whole number that cannot be negative (people, units); blank is 0, not known.
func (s *Set) Count(labelKey string, name domain.Field) *Field {
	loc := s.env.Host.Locale()
	f := s.OfPlan(s.tr(labelKey), name, s.Parse.Count, func(v any) string {
		if n, _ := v.(int); n != 0 {
			return loc.Number(float64(n), 0)
		}
		return ""
	})
	f.SetPlaceHolder("0")
	return f
}

// Pct edits an optional percentage between lo and hi.
func (s *Set) Pct(labelKey string, name domain.Field, lo, hi float64) *Field {
	loc := s.env.Host.Locale()
	return s.OfPlan(s.tr(labelKey), name, s.Parse.OptionalPct(lo, hi), func(v any) string {
		if x, _ := v.(*float64); x != nil {
			return loc.Number(*x, locale.Decimals(*x))
		}
		return ""
	})
}

// Date edits a date, with a calendar beside it.
func (s *Set) Date(labelKey string, name domain.Field) *Field {
	loc := s.env.Host.Locale()
	f := s.OfPlan(s.tr(labelKey), name, s.Parse.Day, func(v any) string { d, _ := v.(domain.Date); return loc.Day(d) })
	f.SetPlaceHolder(s.tr("editor.date_format"))
	f.date = true
	return f
}

// Choice is a select whose index is the value; a choice is committed at once.
func (s *Set) Choice(labels []string, get func() int, edit func(i int) domain.Edit) *widget.Select {
	w := widget.NewSelect(labels, nil)
	if i := get(); i >= 0 && i < len(labels) {
		w.SetSelectedIndex(i)
	}
	w.OnChanged = func(string) {
		i := w.SelectedIndex()
		if i < 0 || i == get() {
			return
		}
		if err := s.env.Apply(edit(i)); err != nil {
			s.env.Refused(err)
			if j := get(); j >= 0 && j < len(labels) {
				w.SetSelectedIndex(j)
			}
		}
	}
	return w
}
