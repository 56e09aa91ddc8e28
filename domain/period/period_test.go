package period

import "testing"

func TestParse(t *testing.T) {
	tests := []struct {
		name, start, end string
	}{
		{"FY2027", "2027-01-01", "2027-12-31"},
		{"2027", "2027-01-01", "2027-12-31"},
		{"2027-H1", "2027-01-01", "2027-06-30"},
		{"2027-H2", "2027-07-01", "2027-12-31"},
		{"2027-Q1", "2027-01-01", "2027-03-31"},
		{"2028-Q4", "2028-10-01", "2028-12-31"},
		{"Plan de crecimiento", "", ""},
	}
	for _, tt := range tests {
		r := Parse(tt.name)
		if r.Start.String() != tt.start || r.End.String() != tt.end {
			t.Errorf("Parse(%q) = %s..%s, want %s..%s", tt.name, r.Start, r.End, tt.start, tt.end)
		}
	}
}

func TestNext(t *testing.T) {
	tests := map[string]string{
		"FY2027": "FY2028", "2027": "2028", "2027-H1": "2027-H2", "2027-H2": "2028-H1",
		"2027-Q3": "2027-Q4", "2027-Q4": "2028-Q1", "Growth": "Growth (next)",
	}
	for in, want := range tests {
		if got := Next(in); got != want {
			t.Errorf("Next(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFirstMonth(t *testing.T) {
	for _, tt := range []struct {
		name, want string
		ok         bool
	}{
		{"FY2028", "2028-01", true}, {"2027-H2", "2027-07", true}, {"2027-q4", "2027-10", true},
		{"next year", "", false}, {"", "", false},
	} {
		got, ok := FirstMonth(tt.name)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("FirstMonth(%q) = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}
