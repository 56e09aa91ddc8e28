package privacy

import (
	"log"
	"time"

	"fyne.io/fyne/v2"

	dprivacy "kamplan/domain/privacy"
	"kamplan/ui/locale"
	"kamplan/ui/shell"
)

// PrefRetentionYears is how many years the plans' history (journal entries and snapshots) is
// kept, a preference of the person at this computer; 0, the default, keeps it for ever.
const PrefRetentionYears = "history.retention_years"

// RetentionChoices are the numbers of years Settings offers, 0 for ever first.
var RetentionChoices = []int{0, 1, 2, 3, 5, 10}

// Cutoff is the moment before which history goes when it is kept for years.
func Cutoff(now time.Time, years int) time.Time { return now.AddDate(-years, 0, 0) }

// DropOldHistory drops the history older than the years kept, then calls done with what went.
func DropOldHistory(sh shell.Shell, years int, now time.Time) (dprivacy.Dropped, error) {
	if years <= 0 {
		return dprivacy.Dropped{}, nil
	}
	return sh.Store().DropHistoryBefore(sh.Context(), Cutoff(now, years))
}

// ApplyRetentionAtStart drops, off the interface's goroutine, the history older than the
// preference says, and tells in the status bar how much went, when anything did.
func ApplyRetentionAtStart(sh shell.Shell, now time.Time) {
	years := sh.Preferences().Int(PrefRetentionYears)
	if years <= 0 {
		return
	}
	go func() {
		d, err := DropOldHistory(sh, years, now)
		if err != nil {
			log.Printf("kamplan: dropping old history failed: %v", err)
			return
		}
		if d.Entries+d.Snapshots > 0 {
			fyne.Do(func() { sh.Notify(DroppedText(sh.Locale(), d)) })
		}
	}()
}

// DroppedText says how much history went, one count per fragment.
func DroppedText(loc locale.Locale, d dprivacy.Dropped) string {
	return loc.T("privacy.retention.dropped",
		loc.TCount("privacy.retention.entries", d.Entries, d.Entries),
		loc.TCount("privacy.retention.snapshots", d.Snapshots, d.Snapshots))
}

// YearsText names a choice of RetentionChoices.
func YearsText(loc locale.Locale, years int) string {
	if years <= 0 {
		return loc.T("privacy.retention.forever")
	}
	return loc.TCount("privacy.retention.years", years, years)
}
