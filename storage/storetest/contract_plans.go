package storetest

import (
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/health"
	"kamplan/domain/pipeline"
)

func accountsAndPlans(t *testing.T, s Store) {
	f := gen.Portfolio(2)[1]
	p := importPlan(t, s, f)
	loaded, err := s.LoadPlan(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := *p
	want.Portfolio.Attractiveness.Factors = domain.DefaultAttractivenessFactors()
	if asJSON(t, loaded) != asJSON(t, &want) || loaded.Version != p.Version || p.Version == 0 {
		t.Fatalf("the loaded plan (version %d) differs from the saved one (version %d)", loaded.Version, p.Version)
	}
	byName, err := s.AccountByName(ctx, "  "+f.Account.Name+" ")
	if err != nil || byName.ID != f.Account.ID || byName.Version == 0 {
		t.Fatalf("account by name: %+v, %v", byName, err)
	}
	rows, err := s.Portfolio(ctx)
	if err != nil || len(rows) != 1 || rows[0].PlanID != p.ID || rows[0].AccountName != f.Account.Name ||
		rows[0].Potential != p.Wallet.Potential || rows[0].Revenue != p.Wallet.Revenue || rows[0].Tier != f.Account.Tier ||
		rows[0].NextDeadline != p.NextDeadline() || rows[0].Position != loaded.Portfolio.Position(domain.DefaultCutoff) {
		t.Fatalf("portfolio: %+v, %v", rows, err)
	}
	if sum := pipeline.Total(p); sum.Unweighted == 0 || rows[0].Pipeline != sum.Unweighted ||
		rows[0].Weighted != sum.Weighted || rows[0].Won != sum.Won || rows[0].Gap != pipeline.Gap(p) {
		t.Fatalf("the portfolio's pipeline %+v is not the plan's %+v (gap %d)", rows[0], sum, pipeline.Gap(p))
	}
	if score := health.Score(loaded, domain.DefaultSettings(), domain.Today()).Score; score == 0 || rows[0].Health != score {
		t.Fatalf("the portfolio's health %d is not the plan's %d", rows[0].Health, score)
	}
	if all, err := s.Accounts(ctx); err != nil || len(all) != 1 || all[0].ID != f.Account.ID {
		t.Fatalf("accounts: %+v, %v", all, err)
	}
	if err := s.DeletePlan(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	_, err = s.LoadPlan(ctx, p.ID)
	wantCode(t, "a deleted plan", err, domain.CodeNotFound)
	wantCode(t, "deleting it again", s.DeletePlan(ctx, p.ID), domain.CodeNotFound)
	if err := s.DeleteAccount(ctx, f.Account.ID); err != nil {
		t.Fatal(err)
	}
	_, err = s.Account(ctx, f.Account.ID)
	wantCode(t, "a deleted account", err, domain.CodeNotFound)
	if rows, _ := s.Portfolio(ctx); len(rows) != 0 {
		t.Fatalf("after deleting everything the portfolio lists %d plans", len(rows))
	}
}

func namesUnique(t *testing.T, s Store) {
	if _, err := s.CreateAccount(ctx, &domain.Account{Name: "Ñandú Ibérica", Tier: domain.TierKey}, "FY2027"); err != nil {
		t.Fatal(err)
	}
	_, err := s.CreateAccount(ctx, &domain.Account{Name: " ñANDÚ ibérica ", Tier: domain.TierKey}, "FY2027")
	wantCode(t, "a second account of the same name", err, domain.CodeConflict)
	_, err = s.CreateAccount(ctx, &domain.Account{Name: "  ", Tier: domain.TierKey}, "FY2027")
	wantCode(t, "an account without a name", err, domain.CodeInvalid)
	if rows, _ := s.Portfolio(ctx); len(rows) != 1 {
		t.Fatalf("refused accounts were written: %d plans", len(rows))
	}
	if a, err := s.AccountByName(ctx, " ñANDÚ IBÉRICA"); err != nil || a.Name != "Ñandú Ibérica" {
		t.Fatalf("found by its name in other letters: %v, %v", a, err)
	}
	_, err = s.AccountByName(ctx, "  Ñandú Global ")
	wantCode(t, "an unknown account", err, domain.CodeNotFound)
	if err == nil || !strings.Contains(err.Error(), `"Ñandú Global"`) {
		t.Fatalf("an unknown account is not named as typed: %v", err)
	}
}

func stalePlanSave(t *testing.T, s Store) {
	p := importPlan(t, s, gen.Portfolio(1)[0])
	mine, _ := s.LoadPlan(ctx, p.ID)
	theirs, _ := s.LoadPlan(ctx, p.ID)
	theirs.ValueProposition = "theirs"
	if err := s.SavePlan(ctx, theirs); err != nil {
		t.Fatal(err)
	}
	mine.Context, mine.Notes = "mine", nil
	wantStale(t, "a stale plan save", s.SavePlan(ctx, mine))
	again, _ := s.LoadPlan(ctx, p.ID)
	if again.ValueProposition != "theirs" || again.Context == "mine" || len(again.Notes) != len(p.Notes) || again.Version != theirs.Version {
		t.Fatal("a stale save wrote something, or the winner's save was lost")
	}
	mine.Version = again.Version
	if err := s.SavePlan(ctx, mine); err != nil {
		t.Fatalf("saving again from the stored version: %v", err)
	}
	gone := *mine
	if err := s.DeletePlan(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	wantCode(t, "saving a deleted plan", s.SavePlan(ctx, &gone), domain.CodeNotFound)
}

func staleAccountAndSettings(t *testing.T, s Store) {
	p := importPlan(t, s, gen.Portfolio(1)[0])
	mine, _ := s.Account(ctx, p.AccountID)
	theirs, _ := s.Account(ctx, p.AccountID)
	theirs.Notes = "theirs"
	if err := s.SaveAccount(ctx, theirs); err != nil {
		t.Fatal(err)
	}
	mine.Industry = "mine"
	wantStale(t, "a stale account save", s.SaveAccount(ctx, mine))
	if a, _ := s.Account(ctx, p.AccountID); a.Notes != "theirs" || a.Industry == "mine" {
		t.Fatal("a stale account save wrote something")
	}
	first, _ := s.Settings(ctx)
	second := first
	first.CompanyName = "Primera"
	if err := s.SaveSettings(ctx, &first); err != nil {
		t.Fatal(err)
	}
	second.CompanyName = "Segunda"
	wantStale(t, "stale settings", s.SaveSettings(ctx, &second))
	if st, _ := s.Settings(ctx); st.CompanyName != "Primera" {
		t.Fatalf("stale settings were written: %q", st.CompanyName)
	}
}

func settings(t *testing.T, s Store) {
	st, err := s.Settings(ctx)
	if err != nil || st.Version != 0 || st.Paper != "a4" || len(st.Factors) == 0 {
		t.Fatalf("new store's settings: %+v, %v", st, err)
	}
	p := importPlan(t, s, gen.Portfolio(1)[0])
	st.Cutoff, st.Paper, st.CompanyName = 7.5, "letter", "Aceros 東京 🚀"
	if err := s.SaveSettings(ctx, &st); err != nil || st.Version == 0 {
		t.Fatalf("saving settings: %v (version %d)", err, st.Version)
	}
	got, _ := s.Settings(ctx)
	if got.Cutoff != 7.5 || got.Paper != "letter" || got.CompanyName != "Aceros 東京 🚀" || got.Version != st.Version {
		t.Fatalf("settings read back: %+v", got)
	}
	loaded, _ := s.LoadPlan(ctx, p.ID)
	rows, _ := s.Portfolio(ctx)
	if want := loaded.Portfolio.Position(7.5); len(rows) != 1 || rows[0].Position != want {
		t.Fatalf("the portfolio does not place the plan with the new cut-off: %+v, want %+v", rows, want)
	}
	bad := got
	bad.Paper, bad.Accent = "papyrus", "red"
	wantCode(t, "invalid settings", s.SaveSettings(ctx, &bad), domain.CodeInvalid)
	if again, _ := s.Settings(ctx); again.Paper != "letter" {
		t.Fatal("invalid settings were written")
	}
}

func rollForward(t *testing.T, s Store) {
	p := importPlan(t, s, gen.Portfolio(1)[0])
	next, err := s.RollForward(ctx, p.ID, " FY2099 ")
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := s.LoadPlan(ctx, next.ID)
	if err != nil || loaded.Period != "FY2099" || loaded.AccountID != p.AccountID || next.ID == p.ID || len(loaded.Contacts) != len(p.Contacts) {
		t.Fatalf("rolled forward: %+v, %v", loaded, err)
	}
	for _, a := range loaded.Actions {
		if !a.Open() {
			t.Fatalf("a finished action was carried over: %+v", a)
		}
	}
	if rows, _ := s.Portfolio(ctx); len(rows) != 2 || rows[0].Period != "FY2099" {
		t.Fatalf("portfolio after rolling forward: %+v", rows)
	}
	_, err = s.RollForward(ctx, p.ID, "FY2099")
	wantCode(t, "a period the account has a plan for", err, domain.CodeConflict)
	_, err = s.RollForward(ctx, "no-such-plan", "FY2100")
	wantCode(t, "rolling forward a missing plan", err, domain.CodeNotFound)
}
