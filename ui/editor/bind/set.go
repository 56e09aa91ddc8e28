// Package bind ties the plan editor's controls to the values of the open plan. A Field is an
// entry bound to one value: what is typed is checked at once, and a valid value becomes one
// edit of the plan after a pause, on leaving the field or on Enter. The Set is the fields of one
// editor: those typed in and not committed yet, and those whose text is not a value, which the
// editor's header names. Parse reads what a person types, in the interface language.
package bind

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"kamplan/domain"
	"kamplan/ui/form"
)

// Env is what the fields need of the editor that holds them.
type Env struct {
	Host  form.Host
	Doc   *domain.Doc             // the plan and account whose values the fields show
	Apply func(domain.Edit) error // makes an edit, kept for undo and saved shortly after
	// Refused shows why a choice was refused (a field says it under itself).
	Refused    func(error)
	Undo, Redo func()
	// Changed runs when a field is typed in, committed or fixed: the header says again
	// whether what is on screen is saved.
	Changed func()
	// Pause is how long a field waits after the last keystroke before it commits.
	Pause func() time.Duration
}

// A Set is the fields of one editor: those typed in but not committed yet, and those whose text
// is not a value (in the order typed), which the header names.
type Set struct {
	env     Env
	Parse   Parse
	fields  []*Field
	pending map[*Field]bool
	invalid []*Field
}

// NewSet is the fields of an editor.
func NewSet(env Env) *Set {
	return &Set{env: env, Parse: Parse{env.Host.Locale()}, pending: map[*Field]bool{}}
}

// New is a field of the set.
func (s *Set) New(spec Spec) *Field {
	f := s.newField(spec)
	s.fields = append(s.fields, f)
	return f
}

// Pending says whether a field holds typed text not committed yet.
func (s *Set) Pending(f *Field) bool { return s.pending[f] }

// Typing says whether some field holds typed text not committed yet.
func (s *Set) Typing() bool { return len(s.pending) > 0 }

// IsInvalid says whether a field's text is not a value.
func (s *Set) IsInvalid(f *Field) bool { return slices.Contains(s.invalid, f) }

// Invalid are the fields whose text is not a value, in the order typed.
func (s *Set) Invalid() []*Field { return s.invalid }

// InvalidLabels names the fields to fix, each once: "Total purchase potential, Our revenue".
func (s *Set) InvalidLabels() string {
	var names []string
	for _, f := range s.invalid {
		if !slices.Contains(names, f.spec.Label) {
			names = append(names, f.spec.Label)
		}
	}
	return strings.Join(names, ", ")
}

func (s *Set) setInvalid(f *Field, bad bool) {
	s.invalid = slices.DeleteFunc(s.invalid, func(g *Field) bool { return g == f })
	if bad {
		s.invalid = append(s.invalid, f)
	}
	s.env.Changed()
}

// CommitAll commits every field with typed text; false when some text is invalid.
func (s *Set) CommitAll() bool {
	ok := true
	for _, f := range s.fields {
		if s.pending[f] {
			ok = f.Commit() && ok
		}
	}
	return ok && len(s.invalid) == 0
}

// Stop cancels the fields' pending commits (the editor is being thrown away).
func (s *Set) Stop() {
	for _, f := range s.fields {
		if f.timer != nil {
			f.timer.Stop()
		}
	}
}

// Discard forgets what is typed and not committed, valid or not: the editor is about to be left.
func (s *Set) Discard() {
	s.invalid, s.pending = nil, map[*Field]bool{}
}

// Reset forgets every field: the editor is drawn anew.
func (s *Set) Reset() {
	s.fields = nil
	s.Discard()
}

// Forget commits and drops the fields of a part of a page that is about to be drawn again.
func (s *Set) Forget(o fyne.CanvasObject) {
	gone := map[*Field]bool{}
	for _, x := range form.Entries(o) {
		if f, ok := x.(*Field); ok {
			f.Commit()
			delete(s.pending, f)
			s.setInvalid(f, false)
			gone[f] = true
		}
	}
	s.fields = slices.DeleteFunc(s.fields, func(f *Field) bool { return gone[f] })
}
