package history

import (
	"context"

	"kamplan/domain"
)

// KeepExport keeps the plan's stored state (now) as a snapshot of a PDF export of edition,
// unless the newest snapshot of an export of that edition holds the same plan: exporting
// again what was exported adds nothing to the list. kept is false when nothing was kept.
func KeepExport(ctx context.Context, snaps Snapshots, now domain.Doc, edition, author string) (kept bool, err error) {
	list, err := snaps.List(ctx, now.Plan.ID)
	if err != nil {
		return false, err
	}
	for _, info := range list {
		if info.Kind != SnapshotExport || info.Label != edition {
			continue
		}
		last, err := snaps.Read(ctx, info.ID)
		if err != nil {
			return false, err
		}
		if len(Compare(last.Doc(), now)) == 0 {
			return false, nil
		}
		break
	}
	_, err = snaps.Create(ctx, now.Plan.ID, SnapshotExport, edition, author)
	return err == nil, err
}
