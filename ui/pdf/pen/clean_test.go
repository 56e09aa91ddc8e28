package pen

import (
	"slices"
	"testing"
)

// Clean puts the placeholder where the fonts have no character or the bytes are not UTF-8,
// keeps what they draw (Chinese from the fallback font among them), and lists each
// character it replaced once, in order of appearance.
func TestCleanReplacesWhatTheFontsCannotDraw(t *testing.T) {
	if err := Load(); err != nil {
		t.Fatal(err)
	}
	var c Cleaner
	tests := []struct{ in, want string }{
		{"Begoña → 张伟 ✓", "Begoña → 张伟 ✓"},
		{"Plan 😀 de", "Plan □ de"},
		{"bad \xff\xfe bytes", "bad □□ bytes"},
		{"😀 again, 🚀", "□ again, □"},
	}
	for _, tt := range tests {
		if got := c.Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if want := []rune{'😀', NotUTF8, '🚀'}; !slices.Equal(c.Replaced(), want) {
		t.Errorf("replaced %q, want %q", c.Replaced(), want)
	}
}
