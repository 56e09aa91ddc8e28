package pen

import "testing"

func TestArabicIsShapedAndUnshaped(t *testing.T) {
	tests := []struct{ in, want string }{
		// محمد: meem initial, hah medial, meem medial, dal final — in logical order
		{"محمد", "\uFEE3\uFEA4\uFEE4\uFEAA"},
		// لا: lam-alef ligature, isolated
		{"لا", "\uFEFB"},
		{"Dr. علي سالم", "Dr. \uFECB\uFEE0\uFEF2 \uFEB3\uFE8E\uFEDF\uFEE2"},
		// شيء: hamza joins neither side, so yeh takes its final form and hamza stays isolated
		{"شيء", "\uFEB7\uFEF2\uFE80"},
		{"Begoña", "Begoña"},
	}
	for _, tt := range tests {
		got := Shape(tt.in)
		if got != tt.want {
			t.Errorf("Shape(%q) = %q (%U), want %q", tt.in, got, []rune(got), tt.want)
		}
		if again := Shape(got); again != got {
			t.Errorf("shaping %q twice changed it: %q", tt.in, again)
		}
		if back := Unshape(got); back != tt.in {
			t.Errorf("Unshape(%q) = %q, want %q", got, back, tt.in)
		}
	}
}
