package ui

import (
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// shortcutsDialog lists the keyboard shortcuts: those of the menus, read from the menus so the
// list never drifts from them, and the keys that work beside the menus.
func (a helpMenu) shortcutsDialog() {
	rows := a.menuShortcuts()
	mod := modifierNames(fyne.KeyModifierShortcutDefault)
	for _, k := range [][2]string{{mod + "+F", "shortcuts.find"}, {mod + "+Shift+Z", "menu.redo"}, {mod + "+W", "shortcuts.close"},
		{"Esc", "shortcuts.escape"}, {"Enter", "shortcuts.enter"}, {"Tab", "shortcuts.tab"}} {
		rows = append(rows, [2]string{k[0], a.loc.T(k[1])})
	}
	grid := container.New(layout.NewFormLayout())
	for _, r := range rows {
		grid.Add(widget.NewLabelWithStyle(r[0], fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		grid.Add(widget.NewLabel(r[1]))
	}
	scroll := container.NewVScroll(grid)
	scroll.SetMinSize(fyne.NewSize(560, 420))
	a.ShowDialog(dialog.NewCustom(a.loc.Title("menu.shortcuts"), a.loc.T("dialog.close"), scroll, a.win), nil)
}

// menuShortcuts are the menus' items that have a shortcut: the keys, and "Menu › Item".
func (a helpMenu) menuShortcuts() [][2]string {
	var rows [][2]string
	for _, m := range a.win.MainMenu().Items {
		for _, it := range m.Items {
			if keys := shortcutText(it.Shortcut); keys != "" {
				rows = append(rows, [2]string{keys, m.Label + " › " + it.Label})
			}
		}
	}
	return rows
}

// shortcutText is how a shortcut is typed, "Ctrl+O" (⌘ on a Mac); "" for none.
func shortcutText(sc fyne.Shortcut) string {
	mod := modifierNames(fyne.KeyModifierShortcutDefault)
	switch s := sc.(type) {
	case *desktop.CustomShortcut:
		name := map[fyne.KeyName]string{fyne.KeyPageDown: "PgDn", fyne.KeyPageUp: "PgUp"}[s.KeyName]
		if name == "" {
			name = string(s.KeyName)
		}
		if s.Modifier == 0 {
			return name
		}
		return modifierNames(s.Modifier) + "+" + name
	case *fyne.ShortcutUndo:
		return mod + "+Z"
	case *fyne.ShortcutRedo:
		return mod + "+Y"
	}
	return ""
}

// modifierNames spells modifiers as the keyboard does: Ctrl, Shift, Alt; ⌘ on a Mac.
func modifierNames(m fyne.KeyModifier) string {
	var names []string
	for _, k := range []struct {
		mod  fyne.KeyModifier
		name string
	}{{fyne.KeyModifierControl, "Ctrl"}, {fyne.KeyModifierSuper, superName()}, {fyne.KeyModifierAlt, "Alt"}, {fyne.KeyModifierShift, "Shift"}} {
		if m&k.mod != 0 {
			names = append(names, k.name)
		}
	}
	return strings.Join(names, "+")
}

func superName() string {
	if runtime.GOOS == "darwin" {
		return "⌘"
	}
	return "Super"
}
