// Package assets embeds the files the program ships with: fonts, translations, icon and sample plan.
package assets

import (
	"embed"
	"io/fs"
	"sync/atomic"
)

//go:embed fonts/*.ttf i18n sample icon.png THIRD_PARTY_NOTICES.txt
var files embed.FS

// THIRD_PARTY_NOTICES.txt holds the licences of the modules and fonts built into the programs;
// it is generated from what the builds link, and dist.sh refuses to release when it is stale.
//go:generate go run ../packaging/notices -o THIRD_PARTY_NOTICES.txt

// Notices returns the third-party notices (licence texts) the programs carry.
func Notices() []byte {
	b, _ := files.ReadFile("THIRD_PARTY_NOTICES.txt")
	return b
}

// Font returns an embedded TrueType font by file name (e.g. "DejaVuSans.ttf").
func Font(name string) ([]byte, error) {
	loads.Add(1)
	return files.ReadFile("fonts/" + name)
}

// loads counts the fonts and catalogues read from the embedded files.
var loads atomic.Int64

// Loads is how many fonts and catalogues the program has read so far: none for a command that
// prints a line, such as kamplan version (they are read when first needed, never at start-up).
func Loads() int64 { return loads.Load() }

// FS exposes the embedded files read-only.
func FS() fs.FS { return files }

// Icon returns the application icon (PNG).
func Icon() []byte {
	b, _ := files.ReadFile("icon.png")
	return b
}
