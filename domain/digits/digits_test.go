package digits

import "testing"

func TestOnly(t *testing.T) {
	for s, want := range map[string]bool{
		"0": true, "1250000": true, "": false, "12a": false, "-1": false, "1 2": false, "١٢": false,
	} {
		if got := Only(s); got != want {
			t.Errorf("Only(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestGrouped(t *testing.T) {
	for _, c := range []struct {
		s, sep string
		want   bool
	}{
		{"1250000", ",", true},
		{"1,250,000", ",", true},
		{"12,500", ",", true},
		{"125,000", ",", true},
		{"1.250.000", ".", true},
		{"1 250 000", " ", true},
		{"1,25", ",", false},
		{"12,50,000", ",", false},
		{"1250,000", ",", false},
		{",250", ",", false},
		{"1,250,", ",", false},
		{"1,,250", ",", false},
		{"1.250,000", ",", false},
		{"", ",", false},
	} {
		if got := Grouped(c.s, c.sep); got != c.want {
			t.Errorf("Grouped(%q, %q) = %v, want %v", c.s, c.sep, got, c.want)
		}
	}
}
