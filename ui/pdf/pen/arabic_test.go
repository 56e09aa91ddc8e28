package pen

import "testing"

func TestArabicIsShapedAndReversed(t *testing.T) {
	tests := []struct{ in, want string }{
		// محمد: meem initial, hah medial, meem medial, dal final — reversed
		{"محمد", "\uFEAA\uFEE4\uFEA4\uFEE3"},
		// لا: lam-alef ligature, isolated
		{"لا", "\uFEFB"},
		// two words: the run (with the space) is reversed as a whole
		{"Dr. علي سالم", "Dr. \uFEE2\uFEDF\uFE8E\uFEB3 \uFEF2\uFEE0\uFECB"},
		{"Begoña", "Begoña"},
	}
	for _, tt := range tests {
		got := ShapeRTL(tt.in)
		if got != tt.want {
			t.Errorf("ShapeRTL(%q) = %q (%U), want %q", tt.in, got, []rune(got), tt.want)
		}
		if again := ShapeRTL(got); again != got {
			t.Errorf("shaping %q twice changed it: %q", tt.in, again)
		}
	}
}
