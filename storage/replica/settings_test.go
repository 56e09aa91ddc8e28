package replica

import (
	"testing"

	"kamplan/domain"
)

func saveSettings(t *testing.T, s Store, change func(*domain.Settings)) {
	t.Helper()
	st, err := s.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	change(&st)
	if err := s.SaveSettings(ctx, &st); err != nil {
		t.Fatal(err)
	}
}

func settingsOf(t *testing.T, s Store) domain.Settings {
	t.Helper()
	st, err := s.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestTheTeamSharesOneSetOfSettings(t *testing.T) {
	tests := []struct {
		name         string
		here, there  func(*domain.Settings)
		wantCompany  string
		wantCutoff   float64
		wantProblems int
	}{
		{"changed here only", func(s *domain.Settings) { s.CompanyName = "Here S.L." }, nil, "Here S.L.", 0, 0},
		{"changed by the team only", nil, func(s *domain.Settings) { s.Cutoff = 6.5 }, "Team S.A.", 6.5, 0},
		{"different fields on each side", func(s *domain.Settings) { s.CompanyName = "Here S.L." },
			func(s *domain.Settings) { s.Cutoff = 6.5 }, "Here S.L.", 6.5, 0},
		{"the same field on both: the team's kept, and said", func(s *domain.Settings) { s.CompanyName = "Here S.L." },
			func(s *domain.Settings) { s.CompanyName = "Team 🏭 株式会社" }, "Team 🏭 株式会社", 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			local, remote, _ := twoStores(t)
			saveSettings(t, remote, func(s *domain.Settings) { s.CompanyName = "Team S.A." })
			mustSync(t, local, remote)
			if got := settingsOf(t, local).CompanyName; got != "Team S.A." {
				t.Fatalf("a laptop joining the team got company %q, not the team's", got)
			}
			if n, _ := Pending(ctx, local); n != 0 {
				t.Fatalf("after a sync %d changes wait", n)
			}
			if tt.here != nil {
				saveSettings(t, local, tt.here)
				if n, _ := Pending(ctx, local); n != 1 {
					t.Fatalf("settings changed here: %d changes wait, want 1", n)
				}
			}
			if tt.there != nil {
				saveSettings(t, remote, tt.there)
			}
			rep, err := Sync(ctx, local, remote, nil)
			if err != nil || len(rep.Problems) != tt.wantProblems {
				t.Fatalf("sync: %v, problems %v", err, rep.Problems)
			}
			for _, s := range []Store{local, remote} {
				st := settingsOf(t, s)
				cutoff := tt.wantCutoff
				if cutoff == 0 {
					cutoff = domain.DefaultCutoff
				}
				if st.CompanyName != tt.wantCompany || st.Cutoff != cutoff || len(st.Factors) == 0 {
					t.Fatalf("settings after the sync: company %q cutoff %v factors %d; want %q %v",
						st.CompanyName, st.Cutoff, len(st.Factors), tt.wantCompany, cutoff)
				}
			}
			if rep, _ := Sync(ctx, local, remote, nil); rep.Sent+rep.Received+len(rep.Problems) != 0 {
				t.Fatalf("a second sync still moved something: %+v", rep)
			}
		})
	}
}

func TestTheFirstLaptopGivesTheTeamItsSettings(t *testing.T) {
	remote := tempStore(t, "server")
	local := Laptop{tempStore(t, "laptop")}
	saveSettings(t, local, func(s *domain.Settings) { s.CompanyName = "Consultores Ñ" })
	mustSync(t, local, remote)
	if got := settingsOf(t, remote).CompanyName; got != "Consultores Ñ" {
		t.Fatalf("the team's settings: company %q", got)
	}
}
