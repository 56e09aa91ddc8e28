package reviewpack

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

// A fact breaks between names, never inside one; a part wider than a line has its own.
func TestLinesKeepNamesWhole(t *testing.T) {
	width := func(s string) float64 { return float64(utf8.RuneCountInString(s)) }
	tests := []struct {
		fact  string
		width float64
		want  []string
	}{
		{"Our team: Ana Ruiz, Jon Arrieta · Client: Ane Goikoetxea", 40,
			[]string{"Our team: Ana Ruiz, Jon Arrieta ·", "Client: Ane Goikoetxea"}},
		{"Our team: Ana Ruiz, Jon Arrieta · Client: Ane Goikoetxea", 20,
			[]string{"Our team: Ana Ruiz,", "Jon Arrieta ·", "Client: Ane Goikoetxea"}},
		{"Next review: 16 Feb 2027", 80, []string{"Next review: 16 Feb 2027"}},
		{"", 80, nil},
	}
	for _, tt := range tests {
		if got := Lines(tt.fact, tt.width, width); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q in %v: %q, want %q", tt.fact, tt.width, got, tt.want)
		}
	}
}
