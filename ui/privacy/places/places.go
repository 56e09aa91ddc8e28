// Package places writes what the plans hold on a person for people to read — the places
// listed before they are forgotten, and the file sent when they ask what is held on them —
// the same for the command line and the app.
package places

import (
	"encoding/json"
	"strings"
	"time"

	"kamplan/domain/privacy"
	"kamplan/ui/locale"
)

// Lines lists every place of a report, one line each: the plans, the snapshots, the journals.
func Lines(loc locale.Locale, r privacy.Report) []string {
	var out []string
	if r.AccountMentions > 0 {
		out = append(out, loc.T("privacy.place.account", loc.TCount("privacy.part.account_texts", r.AccountMentions, r.AccountMentions)))
	}
	for _, p := range r.Plans {
		out = append(out, loc.T("privacy.place.plan", p.Period, strings.Join(planParts(loc, p), ", ")))
	}
	for _, s := range r.Snapshots {
		out = append(out, loc.T("privacy.place.snapshot", snapshotName(loc, s), s.Held.Period, s.At.Local().Format(time.DateOnly)))
	}
	for _, j := range r.Journals {
		out = append(out, loc.T("privacy.place.journal", j.Period, loc.TCount("privacy.entries", len(j.Entries), len(j.Entries))))
	}
	return out
}

// Summary is the line above the places: how many there are.
func Summary(loc locale.Locale, r privacy.Report) string {
	return loc.TCount("privacy.places", r.Records(), r.Name, r.Account, r.Records())
}

func snapshotName(loc locale.Locale, s privacy.SnapshotPlace) string {
	kind := loc.T("snapshots.kind." + s.Kind)
	if s.Label == "" {
		return kind
	}
	return kind + " “" + s.Label + "”"
}

// planParts are the fragments of a plan's line, each with its own count.
func planParts(loc locale.Locale, p privacy.PlanPlace) []string {
	var parts []string
	if len(p.Contact) > 0 {
		parts = append(parts, loc.T("privacy.part.contact"))
	}
	add := func(n int, text string) {
		if n > 0 {
			parts = append(parts, text)
		}
	}
	add(len(p.Coverage), loc.TCount("privacy.part.coverage", len(p.Coverage), len(p.Coverage)))
	add(p.Links, loc.TCount("privacy.part.links", p.Links, p.Links))
	add(p.ReportsToThem, loc.TCount("privacy.part.reports", p.ReportsToThem, p.ReportsToThem))
	add(p.Actions, loc.TCount("privacy.part.actions", p.Actions, p.Actions))
	add(p.Reviews, loc.TCount("privacy.part.reviews", p.Reviews, p.Reviews))
	add(p.Mentions, loc.TCount("privacy.part.mentions", p.Mentions, p.Mentions))
	return parts
}

// File is what a person is sent when they ask what is held on them.
type File struct {
	Format     string         `json:"format"`
	ExportedAt time.Time      `json:"exported_at"`
	Places     []string       `json:"places"`
	Held       privacy.Report `json:"held"`
}

// FileFormat names the person's file.
const FileFormat = "kamplan-personal-data"

// JSON is the person's file, indented for reading: every place in words (in the language
// of loc), then every field held on them, our judgements included.
func JSON(loc locale.Locale, r privacy.Report, now time.Time) ([]byte, error) {
	f := File{Format: FileFormat, ExportedAt: now.UTC().Truncate(time.Second), Places: Lines(loc, r), Held: r}
	b, err := json.MarshalIndent(f, "", "  ")
	return append(b, '\n'), err
}

// Export is the person's file in a format: "json" or "pdf".
func Export(loc locale.Locale, r privacy.Report, format string, now time.Time) ([]byte, error) {
	if format == "pdf" {
		return PDF(loc, r, now)
	}
	return JSON(loc, r, now)
}
