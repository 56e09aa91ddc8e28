package ui

// tr translates a key into the interface language.
func (a *App) tr(key string, args ...any) string { return a.loc.T(key, args...) }

// trCount is tr for a text about n things (see assets.TCount): "1 overdue action",
// "3 overdue actions".
func (a *App) trCount(key string, n int, args ...any) string {
	return a.loc.TCount(key, n, args...)
}
