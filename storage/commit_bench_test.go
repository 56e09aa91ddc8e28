package storage

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
)

// BenchmarkCommitOneEdit is one edit of the large plan (300 contacts, 500 actions, 50 KPIs)
// as the editor commits it: applied and validated by Doc.Apply, then saved (aim: under 5 ms
// together). With its journal entry, the save encodes the one contact the edit reached; by
// SavePlan, it encodes the whole plan and compares it with the stored rows. Neither
// validates the plan again.
func BenchmarkCommitOneEdit(b *testing.B) {
	for _, journaled := range []bool{true, false} {
		name := map[bool]string{true: "with its journal entry", false: "by SavePlan"}[journaled]
		b.Run(name, func(b *testing.B) {
			s := tempStore(b)
			p := importFile(b, s, gen.LargePlan())
			d := &domain.Doc{Plan: p}
			i := 0
			for b.Loop() {
				i++
				c := p.Contacts[i%300]
				c.Phone = string(rune('0' + i%10))
				e := domain.ReplaceItem{Coll: domain.CollContacts, Value: c}
				inv, err := d.Apply(e)
				if err != nil {
					b.Fatal(err)
				}
				if journaled {
					err = s.SaveEdits(ctx, nil, p, []history.JournalEntry{{PlanID: p.ID, Author: "Laura", Kind: history.JournalDo, Edit: e, Inverse: inv}})
				} else {
					err = s.SavePlan(ctx, p)
				}
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDiskFlush is the floor of any saved edit on this machine's disk: a small write
// made durable. "fsync" writes 4 KiB to a file and flushes it; "commit" is the store's
// smallest write transaction (one row, the revision counter) committed as every save is, in
// WAL mode with synchronous=FULL: SQLite flushes its log once per commit.
func BenchmarkDiskFlush(b *testing.B) {
	b.Run("fsync", func(b *testing.B) {
		f, err := os.Create(filepath.Join(b.TempDir(), "flush"))
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		page := make([]byte, 4096)
		for b.Loop() {
			if _, err := f.WriteAt(page, 0); err != nil {
				b.Fatal(err)
			}
			if err := f.Sync(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("commit", func(b *testing.B) {
		s := tempStore(b)
		for b.Loop() {
			err := s.inTx(context.Background(), func(tx *sql.Tx) error {
				_, err := nextRevision(ctx, tx)
				return err
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}
