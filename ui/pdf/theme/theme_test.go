package theme

import (
	"testing"

	"kamplan/domain"
	"kamplan/ui/chart"
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

// The sober theme prints a colour in the grey of its lightness (white stays white, a
// darker colour a darker grey); the other themes print it as it is.
func TestSoberPrintsColoursInGreyOfTheirLightness(t *testing.T) {
	sober := Of(Sober)
	for _, k := range []chart.RGB{chart.White, chart.Ink, chart.Accent, chart.Orange, chart.SWOTColour(domain.Threat)} {
		g := sober.Ink(k)
		if g.R != g.G || g.G != g.B {
			t.Errorf("%v is printed in %v, not a grey", k, g)
		}
		if d := luminance(g) - luminance(k); d > 0.005 || d < -0.005 {
			t.Errorf("%v is printed in %v: lightness %.3f, not %.3f", k, g, luminance(g), luminance(k))
		}
		for _, name := range []string{Modern, Classic} {
			if got := Of(name).Ink(k); got != k {
				t.Errorf("%s prints %v in %v", name, k, got)
			}
		}
	}
	if sober.Ink(chart.White) != chart.White || luminance(sober.Ink(chart.Ink)) >= luminance(sober.Ink(chart.Accent)) {
		t.Error("white is not white, or ink is not darker than the accent")
	}
}

// Text meant to be white on a fill stays white on a dark grey and turns to ink on a light
// one (an orange printed in grey), where white would hardly read; a gold mark on a light
// ground turns to ink likewise. The other themes keep their colours.
func TestTextOnAFillStaysLegibleInGrey(t *testing.T) {
	sober := Of(Sober)
	if sober.TextOn(chart.Accent) != chart.White || sober.TextOn(chart.Orange) != chart.Ink {
		t.Errorf("on the accent %v, on orange %v", sober.TextOn(chart.Accent), sober.TextOn(chart.Orange))
	}
	if Of(Modern).TextOn(chart.Orange) != chart.White {
		t.Error("the modern theme changes the text on orange")
	}
	if sober.Mark(chart.KeyGold) != chart.Ink || sober.Mark(chart.Accent) != chart.Accent || Of(Classic).Mark(chart.KeyGold) != chart.KeyGold {
		t.Error("the key player's gold star is not in ink in grey, or the accent is, or classic changes the gold")
	}
}
