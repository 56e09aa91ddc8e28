package ui

// Settle puts the status bar back to its resting text once a problem is gone.
func (a *App) Settle() { a.Notify(a.loc.T("app.status.ready", a.store.Path())) }
