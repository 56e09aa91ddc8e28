package picture

import (
	"context"
	"image/color"
	"kamplan/domain"
	"kamplan/storage"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// variantTheme draws the default theme in one variant, whatever the system prefers.
type variantTheme struct {
	fyne.Theme
	v fyne.ThemeVariant
}

func setVariantTheme(app fyne.App, variant string) {
	v := theme.VariantLight
	if variant == "dark" {
		v = theme.VariantDark
	}
	app.Settings().SetTheme(variantTheme{theme.DefaultTheme(), v})
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.v)
}

// sampleRows are the portfolio a new database starts with, as the home lists it.
func sampleRows(t *testing.T) []domain.PlanSummary {
	t.Helper()
	s, err := storage.Open(filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, err := s.Portfolio(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func accountNamed(t *testing.T, rows []domain.PlanSummary, name string) string {
	t.Helper()
	for _, r := range rows {
		if r.AccountName == name {
			return r.AccountID
		}
	}
	t.Fatalf("no account %s", name)
	return ""
}
