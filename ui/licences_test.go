package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kamplan/assets"
)

func TestParseNoticesSplitsOnTheRules(t *testing.T) {
	s := "THIRD-PARTY NOTICES\n\nContents\n\n  a 1.0\n  Font b\n\n" +
		noticeRule + "\na 1.0\n" + noticeRule + "\nIn the Linux build.\n\n--- LICENSE ---\n\nMIT terms\n\n" +
		noticeRule + "\nFont b\n" + noticeRule + "\nOFL terms\n"
	ns := parseNotices(s)
	want := []notice{{"a 1.0", "In the Linux build.\n\n--- LICENSE ---\n\nMIT terms"}, {"Font b", "OFL terms"}}
	if len(ns) != len(want) || ns[0] != want[0] || ns[1] != want[1] {
		t.Fatalf("%q", ns)
	}
}

// Help → Licences lists every component of the notices the program embeds and shows the
// licence of the one chosen.
func TestLicencesDialogShowsTheLicenceOfEachComponent(t *testing.T) {
	a := newTestApp(t, "es")
	menuItem(t, a, "Ayuda", "Licencias").Action()
	split := dialogWidget[*container.Split](t, a.win)
	list := split.Leading.(*widget.List)
	text := split.Trailing.(*container.Scroll).Content.(*widget.Label)
	ns := parseNotices(string(assets.Notices()))
	if len(ns) < 30 || list.Length() != len(ns) {
		t.Fatalf("the list has %d components, the notices %d", list.Length(), len(ns))
	}
	if !strings.Contains(text.Text, "Copyright 2009 The Go Authors") {
		t.Fatalf("the first component's licence is not shown: %.80q", text.Text)
	}
	for title, want := range map[string][]string{
		"Droid Sans Fallback (font)": {"Google Corp", "Apache License", "Version 2.0"},
		"modernc.org/sqlite":         {"--- LICENSE-SQLITE ---", "SQLite Is Public Domain"},
		"fyne.io/fyne/v2":            {"--- theme/font/LICENSE.txt ---", "SIL OPEN FONT LICENSE"},
	} {
		list.Select(indexOfNotice(t, ns, title))
		for _, w := range want {
			if !strings.Contains(text.Text, w) {
				t.Errorf("%s: the licence shown lacks %q", title, w)
			}
		}
	}
}

func indexOfNotice(t *testing.T, ns []notice, prefix string) int {
	t.Helper()
	for i, n := range ns {
		if strings.HasPrefix(n.title, prefix) {
			return i
		}
	}
	t.Fatalf("no %s in the notices", prefix)
	return -1
}

// dialogWidget is the first widget of type T in the dialog on top of the window.
func dialogWidget[T fyne.CanvasObject](t *testing.T, w fyne.Window) T {
	t.Helper()
	if top := w.Canvas().Overlays().Top(); top != nil {
		for _, o := range test.LaidOutObjects(top) {
			if x, ok := o.(T); ok {
				return x
			}
		}
	}
	t.Fatal("the dialog on top holds nothing of the type wanted")
	var zero T
	return zero
}
