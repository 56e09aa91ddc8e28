package storage

import (
	"context"

	"kamplan/assets"
	"kamplan/domain"
)

// seed fills a new database with the sample accounts, so that a new user sees whole plans.
func (s *Store) seed(ctx context.Context) error {
	files, err := assets.SampleFiles()
	if err != nil {
		return domain.Errorf(domain.CodeInternal, "store.seed", "the sample plans cannot be read: %v", err)
	}
	for _, b := range files {
		if _, err := s.ImportJSON(ctx, b, false); err != nil {
			return domain.Errorf(domain.CodeInternal, "store.seed", "a sample plan is invalid: %v", err)
		}
	}
	return nil
}
