package pen

import "testing"

// BenchmarkLoadFonts reads the fonts and the characters they cover, as the first export of
// each process does.
func BenchmarkLoadFonts(b *testing.B) {
	for b.Loop() {
		loadFonts()
	}
}
