package history

import (
	"context"

	"kamplan/domain"
)

// KeepExport keeps the plan's stored state (now) as a snapshot of a PDF export of edition,
// unless the newest snapshot of an export of that edition holds the same plan: exporting
// again what was exported adds nothing to the list. kept is false when nothing was kept.
func KeepExport(ctx context.Context, snaps Snapshots, now domain.Doc, edition, author string) (kept bool, err error) {
	changed, err := ExportChanged(ctx, snaps, now, edition)
	if err != nil || !changed {
		return false, err
	}
	_, err = snaps.Create(ctx, now.Plan.ID, SnapshotExport, edition, author)
	return err == nil, err
}

// Holder is a store of snapshots that can tell, without reading one, that it holds a
// document exactly: then there is nothing to compare.
type Holder interface {
	Holds(ctx context.Context, id string, doc domain.Doc) (bool, error)
}

// ExportChanged reports whether now differs from the newest snapshot of an export of
// edition (true when there is none): whether KeepExport would keep a snapshot. A caller
// may ask while the document is being written and keep the snapshot once it is written.
func ExportChanged(ctx context.Context, snaps Snapshots, now domain.Doc, edition string) (bool, error) {
	list, err := snaps.List(ctx, now.Plan.ID)
	if err != nil {
		return false, err
	}
	for _, info := range list {
		if info.Kind != SnapshotExport || info.Label != edition {
			continue
		}
		if h, ok := snaps.(Holder); ok {
			if same, err := h.Holds(ctx, info.ID, now); err != nil || same {
				return false, err
			}
		}
		last, err := snaps.Read(ctx, info.ID)
		if err != nil {
			return false, err
		}
		return len(Compare(last.Doc(), now)) > 0, nil
	}
	return true, nil
}
