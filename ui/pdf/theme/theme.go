// Package theme holds the document themes: a few designed looks a company chooses among
// (Settings.DocTheme, kamplan export-pdf --theme), not free styling. A theme is a set of
// faces (the headings' and the text's), a cover layout, and the styles of section titles,
// table headers and the running header, all in the company's accent colour. Every colour
// the document sets goes through the theme (Paint): the sober theme prints in grey all but
// the signals a reader needs.
package theme

import (
	"strings"

	"kamplan/ui/chart"
	"kamplan/ui/pdf/pen"
)

// The themes' names, as stored in the settings (domain.DocThemes lists them in the order a
// person chooses among them) and given on the command line.
const (
	Modern  = "modern"  // sans-serif, the accent in bands and titles: the default
	Classic = "classic" // serif headings, fine accent rules, a white cover
	Sober   = "sober"   // black and white, the accent used sparingly
)

// Cover is a cover layout.
type Cover int

const (
	CoverBand  Cover = iota // the title on a band of the accent colour across the top
	CoverRuled              // a white page, the title between fine accent rules
	CoverPlain              // a white page, the title in black over one short accent rule
)

// Theme is one look of the document.
type Theme struct {
	Name    string
	Heading string // the face of the cover's title, section titles and headings
	Cover   Cover
	// TitleInAccent sets section titles in the accent colour, else in ink.
	TitleInAccent bool
	// TitleRule is under each section title: a short accent bar, or a fine rule across the page.
	TitleRule Rule
	// HeaderTint is the accent tint of a table's header row (0: no fill, a rule under it).
	HeaderTint float64
	// RulesInAccent draws the fine rules (under titles, under the running header) in the
	// accent colour, else in ink and grey.
	RulesInAccent bool
	// InGrey prints every colour in the grey of its lightness, but the signals (see Paint).
	InGrey bool
}

// Rule is the mark under a section title.
type Rule int

const (
	RuleBar  Rule = iota // a short, thick bar
	RuleLine             // a fine line across the text width
)

var themes = map[string]Theme{
	Modern:  {Name: Modern, Heading: pen.Family, Cover: CoverBand, TitleInAccent: true, TitleRule: RuleBar, HeaderTint: 0.12},
	Classic: {Name: Classic, Heading: pen.Serif, Cover: CoverRuled, TitleRule: RuleLine, HeaderTint: 0.06, RulesInAccent: true},
	Sober:   {Name: Sober, Heading: pen.Family, Cover: CoverPlain, TitleRule: RuleLine, InGrey: true},
}

// Parse finds a theme by name, in any case; ok is false for a name that is none.
func Parse(name string) (Theme, bool) {
	t, ok := themes[strings.ToLower(strings.TrimSpace(name))]
	return t, ok
}

// Of is the theme of a name, the default (Modern) for none or an unknown one.
func Of(name string) Theme {
	if t, ok := Parse(name); ok {
		return t
	}
	return themes[Modern]
}

// HeadingFont sets the heading face, bold, at size points.
func (t Theme) HeadingFont(p *pen.Pen, size float64) { p.SetFont(t.Heading, "B", size) }

// TitleColour is the colour of section titles and of the contents' title.
func (t Theme) TitleColour(accent chart.RGB) chart.RGB {
	if t.TitleInAccent {
		return accent
	}
	return chart.Ink
}
