package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/domain/privacy"
	"kamplan/storage/replica"
	"kamplan/ui/form"
)

const teamPersonEmail = "olvido.mk44@bodegas.example"

// colleagueAddsThePerson saves on the server a contact carrying markers, keeps a snapshot
// of the plan there, and syncs this computer's copy.
func (a *teamApp) colleagueAddsThePerson(t *testing.T) {
	t.Helper()
	p := a.serverPlan(t)
	acc, _ := a.server.Account(a.ctx, p.AccountID)
	d := domain.Doc{Account: acc, Plan: p}
	e := domain.AddItem{Coll: domain.CollContacts, Value: domain.Contact{ID: domain.NewID(), Name: "Olvido Markowska",
		Email: teamPersonEmail, Notes: "MKNOTE-8812 prefers mornings", Influence: 3}}
	inv, err := d.Apply(e)
	if err != nil {
		t.Fatal(err)
	}
	entry := history.JournalEntry{PlanID: p.ID, Author: "Colleague", Kind: history.JournalDo, Edit: e, Inverse: inv}
	if err := a.server.SaveEdits(a.ctx, nil, p, []history.JournalEntry{entry}); err != nil {
		t.Fatal(err)
	}
	if _, err := a.server.Snapshots().Create(a.ctx, p.ID, history.SnapshotManual, "Before meeting Olvido Markowska", "Colleague"); err != nil {
		t.Fatal(err)
	}
	a.sync(t)
}

func (a *teamApp) personFound(t *testing.T, s privacy.Store) bool {
	t.Helper()
	_, err := s.PersonReport(a.ctx, a.editor.Account().ID, teamPersonEmail)
	if err != nil && domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatal(err)
	}
	return err == nil
}

// On a team's local copy, the person forgotten from the app is erased on the team server
// too — its plan, snapshot and journal — and here, both erasures logged; the next sync
// brings nobody back.
func TestForgettingOnATeamCopyErasesThePersonOnTheServerToo(t *testing.T) {
	a := newTeamApp(t, "en")
	a.colleagueAddsThePerson(t)
	server := a.server.(privacy.Store)
	if !a.personFound(t, a.Store()) || !a.personFound(t, server) {
		t.Fatal("the fixture does not hold the person on both sides")
	}
	done, err := a.Store().ForgetPerson(a.ctx, a.editor.Account().ID, teamPersonEmail, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.personFound(t, server) || a.personFound(t, a.Store()) {
		t.Fatal("the person is still found on the server or here")
	}
	for side, s := range map[string]privacy.Store{"server": server, "here": a.Store()} {
		if log, err := s.Erasures(a.ctx); err != nil || len(log) != 1 {
			t.Errorf("the erasure log %s: %+v, %v", side, log, err)
		}
	}
	if done.Records < 3 {
		t.Errorf("the erasure counts %d records; the server's plan, snapshot and journal entry and the copy's plan hold the person", done.Records)
	}
	a.sync(t)
	if a.personFound(t, server) || a.personFound(t, a.Store()) {
		t.Fatal("the sync after the erasure brought the person back")
	}
}

// Offline, nobody is forgotten, and the message says why and what to do, in the person's
// language.
func TestForgettingOnATeamCopyOfflineChangesNothing(t *testing.T) {
	for lang, want := range map[string]string{"en": "cannot be reached, so nobody was forgotten", "es": "no se ha olvidado a nadie"} {
		a := newTeamApp(t, lang)
		a.colleagueAddsThePerson(t)
		a.team.Close()
		teamLink{a.App}.attach("file:unreachable", func(context.Context) (replica.Store, error) { return nil, errors.New("no route to host") })
		_, err := a.Store().ForgetPerson(a.ctx, a.editor.Account().ID, teamPersonEmail, nil)
		if err == nil || !strings.Contains(form.Message(a.Locale(), err), want) {
			t.Fatalf("%s: forgetting offline: %v", lang, err)
		}
		if !a.personFound(t, a.Store()) || !a.personFound(t, a.server.(privacy.Store)) {
			t.Errorf("%s: a refused erasure changed the copy or the server", lang)
		}
	}
}
