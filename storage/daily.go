package storage

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"time"
)

// DailyBackups is how many daily copies of the database are kept beside it.
const DailyBackups = 14

// DailyBackup copies the database beside itself once a day, named with the date
// (kamplan.db → kamplan-backup-2027-03-31.db), and deletes the oldest daily copies beyond
// the last DailyBackups. made is false when the copy of that day was already there. The
// app calls it when it starts, off the interface's goroutine.
func (s *Store) DailyBackup(ctx context.Context, today time.Time) (path string, made bool, err error) {
	path = besideName(s.path, "backup-"+today.Format("2006-01-02"))
	if _, err := os.Stat(path); err == nil {
		return path, false, nil
	}
	if err := s.Backup(ctx, path); err != nil {
		return path, false, err
	}
	return path, true, s.pruneDailyBackups()
}

// DailyBackupFiles lists the daily copies beside the database, newest first.
func (s *Store) DailyBackupFiles() ([]string, error) {
	ext := filepath.Ext(s.path)
	stem := filepath.Base(s.path[:len(s.path)-len(ext)])
	daily := regexp.MustCompile(`^` + regexp.QuoteMeta(stem) + `-backup-(\d{4}-\d{2}-\d{2})` + regexp.QuoteMeta(ext) + `$`)
	entries, err := os.ReadDir(filepath.Dir(s.path))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if m := daily.FindStringSubmatch(e.Name()); m != nil && e.Type().IsRegular() {
			if _, err := time.Parse("2006-01-02", m[1]); err == nil {
				out = append(out, filepath.Join(filepath.Dir(s.path), e.Name()))
			}
		}
	}
	sort.Sort(sort.Reverse(sort.StringSlice(out))) // the date in the name sorts them
	return out, nil
}

func (s *Store) pruneDailyBackups() error {
	files, err := s.DailyBackupFiles()
	if err != nil {
		return err
	}
	for i := DailyBackups; i < len(files); i++ {
		if err := os.Remove(files[i]); err != nil {
			return err
		}
	}
	return nil
}
