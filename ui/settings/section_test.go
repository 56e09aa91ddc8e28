package settings

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"kamplan/ui/internal/uitest"
)

// teamSection stands for a section another screen adds: one field, and a save that may fail.
type teamSection struct {
	entry *widget.Entry
	fail  error
	saved string
}

func (s *teamSection) Title() string { return "Team server" }
func (s *teamSection) Items() []*widget.FormItem {
	return []*widget.FormItem{widget.NewFormItem("Server address", s.entry)}
}
func (s *teamSection) Save() error {
	if s.fail != nil {
		return s.fail
	}
	s.saved = s.entry.Text
	return nil
}

// A section added to Settings is shown below the others and saved with them; when its save
// fails, nothing of the settings is saved and the dialog says why.
func TestAnAddedSectionIsSavedWithTheSettings(t *testing.T) {
	a := uitest.NewShell(t, "en")
	st, _ := a.DB.Settings(a.Context())
	sec := &teamSection{entry: widget.NewEntry(), fail: errors.New("no credential store")}
	f := newForm(a, st)
	f.extra = []Section{sec}
	view := f.build()
	shown := false
	uitest.Walk(view, func(o fyne.CanvasObject) { shown = shown || o == sec.entry })
	if text := uitest.LabelsText(view); !strings.Contains(text, "Team server") || !shown {
		t.Fatalf("the section is not shown:\n%s", text)
	}
	sec.entry.SetText("postgres://db.example.com/kamplan")
	f.company.SetText("Tecnologías del Norte")
	if f.save() || f.problems.Text != "no credential store" {
		t.Fatalf("a failed section's save closed the settings; problems %q", f.problems.Text)
	}
	if got, _ := a.DB.Settings(a.Context()); got.CompanyName != "" {
		t.Fatal("the settings were saved while a section's save failed")
	}
	sec.fail = nil
	if !f.save() || sec.saved != "postgres://db.example.com/kamplan" {
		t.Fatalf("the section was not saved: %q", sec.saved)
	}
	if got, _ := a.DB.Settings(a.Context()); got.CompanyName != "Tecnologías del Norte" {
		t.Fatal("the settings were not saved with the section")
	}
}
