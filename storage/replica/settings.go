package replica

import (
	"bytes"
	"context"
	"encoding/json"

	"kamplan/domain"
	"kamplan/storage"
)

// settingsID is the local and remote id of the one settings base.
const settingsID = "settings"

// settings syncs the portfolio's settings (company, logo, scoring, stages), one set for the
// team: what one side changed since the base goes to the other; what both changed is merged
// field by field, and a field both changed differently keeps the team's value, the local one
// reported as a problem. With no base yet, the team's settings win once it has any; the
// first laptop to sync gives the team its own.
func (r *run) settings(ctx context.Context) error {
	mine, err := r.local.Settings(ctx)
	if err != nil {
		return err
	}
	theirs, err := r.remote.Settings(ctx)
	if err != nil {
		return err
	}
	b, based := r.settingsBase()
	changedHere, changedThere := !based || mine.Version != b.LocalVersion, !based || theirs.Version != b.RemoteVersion
	switch {
	case !based && theirs.Version == 0 && mine.Version == 0:
		return nil
	case !based && theirs.Version == 0:
		changedThere = false
	case !based:
		changedHere = false
	}
	result, lost := mine, []string(nil)
	switch {
	case !changedHere && !changedThere:
		return nil
	case !changedHere:
		result = theirs
	case changedThere:
		if result, lost, err = mergeSettings(b.Body, mine, theirs); err != nil {
			return err
		}
	}
	return r.writeSettings(ctx, result, mine.Version, theirs.Version, lost)
}

func (r *run) settingsBase() (storage.SyncBase, bool) {
	for _, b := range r.bases {
		if b.Kind == storage.SyncSettings {
			return b, true
		}
	}
	return storage.SyncBase{}, false
}

// writeSettings saves result on both sides, over the versions read, then its base.
func (r *run) writeSettings(ctx context.Context, result domain.Settings, localVersion, remoteVersion int64, lost []string) error {
	there, here := result, result
	there.Version, here.Version = remoteVersion, localVersion
	if err := r.remote.SaveSettings(ctx, &there); err != nil {
		return err
	}
	if err := r.local.SaveSettings(ctx, &here); err != nil {
		return err
	}
	body, err := json.Marshal(result)
	if err != nil {
		return err
	}
	if len(lost) > 0 {
		r.report.Problems = append(r.report.Problems, domain.Errorf(domain.CodeConflict, "team.settings_both",
			"the settings were changed here and by the team in the same places: the team's were kept there"))
	}
	r.report.Here = append(r.report.Here, Item{Kind: storage.SyncSettings, LocalID: settingsID})
	return r.local.SyncBases().Put(ctx, storage.SyncBase{Kind: storage.SyncSettings, LocalID: settingsID, RemoteID: settingsID,
		LocalVersion: here.Version, RemoteVersion: there.Version, Body: body})
}

// mergeSettings merges two changed settings from their base, field by field (the fields of
// their JSON form); it returns the fields both changed differently, where the team's value
// is kept.
func mergeSettings(base []byte, mine, theirs domain.Settings) (domain.Settings, []string, error) {
	var b, m, t map[string]json.RawMessage
	for _, x := range []struct {
		from any
		to   *map[string]json.RawMessage
	}{{mine, &m}, {theirs, &t}} {
		data, err := json.Marshal(x.from)
		if err == nil {
			err = json.Unmarshal(data, x.to)
		}
		if err != nil {
			return theirs, nil, err
		}
	}
	if json.Unmarshal(base, &b) != nil {
		b = map[string]json.RawMessage{}
	}
	out, lost := map[string]json.RawMessage{}, []string(nil)
	for _, k := range sortedKeys(fieldsOf(b, m, t)) {
		switch {
		case bytes.Equal(m[k], b[k]) || bytes.Equal(m[k], t[k]):
			out[k] = t[k]
		case bytes.Equal(t[k], b[k]):
			out[k] = m[k]
		default:
			out[k], lost = t[k], append(lost, k)
		}
		if out[k] == nil {
			delete(out, k)
		}
	}
	data, _ := json.Marshal(out)
	var merged domain.Settings
	err := json.Unmarshal(data, &merged)
	return merged, lost, err
}

func fieldsOf(ms ...map[string]json.RawMessage) map[string]bool {
	keys := map[string]bool{}
	for _, m := range ms {
		for k := range m {
			keys[k] = true
		}
	}
	return keys
}
