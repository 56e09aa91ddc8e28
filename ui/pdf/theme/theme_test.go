package theme

import (
	"testing"

	"kamplan/domain"
	"kamplan/ui/pdf/pen"
)

// Every theme the settings offer is a theme, found whatever the case of its name; an
// unknown or empty name is the default, modern look, which existing documents keep.
func TestEveryOfferedThemeIsFoundInAnyCase(t *testing.T) {
	for _, name := range domain.DocThemes {
		for _, typed := range []string{name, " " + name + " ", string(name[0]-32) + name[1:]} {
			if got, ok := Parse(typed); !ok || got.Name != name {
				t.Errorf("%q: theme %q, found %v", typed, got.Name, ok)
			}
		}
	}
	for _, name := range []string{"", "baroque"} {
		if _, ok := Parse(name); ok && name != "" {
			t.Errorf("%q is a theme", name)
		}
		if got := Of(name); got.Name != Modern || got.Heading != pen.Family || got.Cover != CoverBand {
			t.Errorf("%q gives %+v, not the modern look", name, got)
		}
	}
	if Of(Classic).Heading != pen.Serif {
		t.Error("the classic theme's headings are not in the serif face")
	}
}
