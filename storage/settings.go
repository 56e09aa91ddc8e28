package storage

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"image"
	_ "image/jpeg" // logos may be JPEG
	_ "image/png"  // or PNG
	"regexp"
	"slices"

	"kamplan/domain"
	"kamplan/domain/pipeline"
)

const settingsKey = "settings"

// Settings returns the stored settings, with defaults for whatever was never set.
func (s *Store) Settings(ctx context.Context) (domain.Settings, error) {
	return settingsFrom(ctx, s.db)
}

// queryer is the database or a transaction.
type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func settingsFrom(ctx context.Context, q queryer) (domain.Settings, error) {
	st := domain.DefaultSettings()
	var v string
	var version int64
	err := q.QueryRowContext(ctx, "SELECT value, version FROM settings WHERE key = ?", settingsKey).Scan(&v, &version)
	if errors.Is(err, sql.ErrNoRows) {
		return st, nil
	}
	if err != nil {
		return st, internal(err)
	}
	if err := json.Unmarshal([]byte(v), &st); err != nil {
		return domain.DefaultSettings(), internal(err)
	}
	FillSettingsDefaults(&st)
	st.Version = version
	return st, nil
}

// FillSettingsDefaults gives whatever was never set its default (every store's settings).
func FillSettingsDefaults(st *domain.Settings) {
	d := domain.DefaultSettings()
	if len(st.Factors) == 0 {
		st.Factors = d.Factors
	}
	if st.Cutoff == 0 {
		st.Cutoff = d.Cutoff
	}
	if st.Paper == "" {
		st.Paper = d.Paper
	}
	if st.DocLanguage == "" {
		st.DocLanguage = d.DocLanguage
	}
	if st.Accent == "" {
		st.Accent = d.Accent
	}
}

var hexColour = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

// CheckSettings lists every invalid setting.
func CheckSettings(st domain.Settings) error {
	var ps domain.Problems
	add := func(path, key, msg string, args ...any) {
		ps = append(ps, domain.Problem{Path: path, Key: key, Args: args, Msg: msg})
	}
	if st.Paper != "a4" && st.Paper != "letter" {
		add("paper", "err.paper", "must be a4 or letter")
	}
	if st.DocLanguage != "en" && st.DocLanguage != "es" {
		add("doc_language", "err.language", "must be en or es")
	}
	if st.DocTheme != "" && !slices.Contains(domain.DocThemes, st.DocTheme) {
		add("doc_theme", "err.doc_theme", "must be modern, classic or sober")
	}
	if !hexColour.MatchString(st.Accent) {
		add("accent", "err.colour", "must be a colour as #RRGGBB")
	}
	if st.Cutoff < 1 || st.Cutoff > 10 {
		add("cutoff", "err.cutoff", "must be between 1 and 10")
	}
	if len(st.Logo) > 0 {
		if _, format, err := image.DecodeConfig(bytes.NewReader(st.Logo)); err != nil || (format != "png" && format != "jpeg") {
			add("logo", "err.logo", "must be a PNG or JPEG image")
		}
	}
	if err := domain.CheckWeights(st.Factors); err != nil {
		ps = append(ps, err.(domain.Problems)...)
	}
	if len(st.Factors) == 0 {
		add("factors", "err.required", "is required")
	}
	ps = append(ps, pipeline.CheckSettings(st)...)
	return ps.Err()
}

// SaveSettings validates and stores the settings, then places every plan again: the
// portfolio factors and the cut-off decide each account's quadrant. Like SavePlan, it must
// start from the stored version (0 while nothing was ever saved), and sets st.Version.
func (s *Store) SaveSettings(ctx context.Context, st *domain.Settings) error {
	v := *st
	FillSettingsDefaults(&v)
	if err := CheckSettings(v); err != nil {
		return err
	}
	b, err := json.Marshal(v)
	if err != nil {
		return internal(err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var rev int64
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		if rev, err = putSettings(ctx, tx, string(b), st.Version); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE plans SET health_on = ''"); err != nil { // rescored (RescoreStale) with the new settings
			return internal(err)
		}
		return internal(replaceAll(ctx, tx, v))
	})
	if err != nil {
		return err
	}
	st.Version = rev
	return nil
}

// putSettings writes the settings over those at version, or as the first ones when
// version is 0; settings at another version are a stale save.
func putSettings(ctx context.Context, tx *sql.Tx, value string, version int64) (int64, error) {
	rev, err := nextRevision(ctx, tx)
	if err != nil {
		return 0, err
	}
	var res sql.Result
	if version == 0 {
		res, err = tx.ExecContext(ctx, "INSERT INTO settings(key, value, version) VALUES(?, ?, ?) ON CONFLICT(key) DO NOTHING", settingsKey, value, rev)
	} else {
		res, err = tx.ExecContext(ctx, "UPDATE settings SET value = ?, version = ? WHERE key = ? AND version = ?", value, rev, settingsKey, version)
	}
	if err != nil {
		return 0, internal(err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return 0, stale("settings")
	}
	return rev, nil
}
