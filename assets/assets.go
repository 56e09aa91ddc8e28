// Package assets embeds the files the program ships with: fonts, translations, icon and sample plan.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed fonts/*.ttf i18n sample icon.png
var files embed.FS

// Font returns an embedded TrueType font by file name (e.g. "DejaVuSans.ttf").
func Font(name string) ([]byte, error) { return files.ReadFile("fonts/" + name) }

// FS exposes the embedded files read-only.
func FS() fs.FS { return files }

// Icon returns the application icon (PNG).
func Icon() []byte {
	b, _ := files.ReadFile("icon.png")
	return b
}
