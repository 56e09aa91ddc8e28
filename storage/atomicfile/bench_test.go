package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
)

// What flushing costs an export: a document the size of the sample plan's PDF, written
// through Write, and written plainly as before (no flush of the file or the folder).
func BenchmarkWrite(b *testing.B) {
	data := make([]byte, 150<<10)
	path := filepath.Join(b.TempDir(), "plan.pdf")
	b.Run("flushed", func(b *testing.B) {
		for b.Loop() {
			if err := WriteBytes(path, data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("plain", func(b *testing.B) {
		for b.Loop() {
			if err := os.WriteFile(path, data, 0o600); err != nil {
				b.Fatal(err)
			}
		}
	})
}
