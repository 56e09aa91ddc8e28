package pdf

import (
	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/domain/review"
	"kamplan/ui/locale"
)

// maxChanges is how many changes the "What changed" section lists; the others are counted.
const maxChanges = 60

// changes lists, in the internal edition, what changed since a snapshot (the last review):
// section by section, each change in words. Moves within a list are left out.
type changes struct{}

func (changes) key() string { return "pdf.s.changes" }

func (changes) shown(d *doc) bool { return !d.client && d.in.Since != nil }

func (changes) first(d *doc) float64 { return 12 }

func (changes) draw(d *doc) {
	old, now := d.in.Since.Doc(), domain.Doc{Account: &d.in.Account, Plan: d.in.Plan}
	cs := history.ChangesSince(old, now)
	d.font("I", bodySize)
	d.colour(muted)
	d.pdf.MultiCell(d.width(), lineH, changes{}.intro(d), "", "L", false)
	d.pdf.Ln(2)
	if len(cs) == 0 && !d.in.Since.At.IsZero() { // zero: the journal holds nothing, as the intro says
		d.para(d.t("history.none"))
	}
	d.listChanges(locale.NewChangeWords(d.loc.Lang(), old, now), cs)
}

// intro says what the changes are compared with: a kept snapshot, or one rebuilt from the journal (no id).
func (changes) intro(d *doc) string {
	since, at, last := d.in.Since, domain.DateOf(d.in.Since.At.Local()), review.Latest(d.in.Plan)
	switch {
	case since.ID == "" && last != nil && at != last.Date:
		return d.txt(d.loc.HistoryBegins(last.Date, since.At))
	case since.ID == "":
		return d.t("review.pdf.since", d.loc.LongDate(at))
	}
	return d.t("history.since", d.txt(d.snapshotLabel(since.SnapshotInfo)), d.loc.LongDate(at), d.t("history.snapshot."+string(since.Kind)))
}

func (d *doc) listChanges(w locale.ChangeWords, cs []history.Change) {
	for i, c := range cs[:min(len(cs), maxChanges)] { // they come section by section
		if i == 0 || c.Section != cs[i-1].Section {
			d.heading(w.Section(c.Section), 10)
		}
		d.bullet(d.clip(d.txt(w.Sentence(c)), d.width()-5, 3))
	}
	if rest := len(cs) - maxChanges; rest > 0 {
		d.pdf.Ln(1)
		d.para(d.tc("history.more", rest, rest))
	}
}

// snapshotLabel is what a snapshot is called: its label; for an export, its edition.
func (d *doc) snapshotLabel(s history.SnapshotInfo) string {
	if s.Kind == history.SnapshotExport && d.loc.Has("edition."+s.Label) {
		return d.t("edition." + s.Label)
	}
	if s.Label == "" {
		return d.t("history.snapshot." + string(s.Kind))
	}
	return s.Label
}
