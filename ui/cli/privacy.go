package cli

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"kamplan/domain/privacy"
	"kamplan/storage/postgres"
	"kamplan/ui/locale"
	"kamplan/ui/privacy/places"
)

// stdin is where forget-contact reads the answer to its question.
var stdin io.Reader = os.Stdin

// personFlags are the flags that name a person in an account.
func personFlags(fs *flag.FlagSet) (account, contact *string) {
	return fs.String("account", "", "account name"), fs.String("contact", "", "the contact's name or e-mail")
}

// personStore is a store that answers a person's requests: the database file's or the
// team server's, where row-level security keeps to the accounts of the person's teams.
type personStore interface {
	Store
	privacy.Store
}

// openPerson opens the store and lists every place the account keeps the person.
func (e *env) openPerson(account, contact string) (personStore, string, privacy.Report, error) {
	opened, err := e.open()
	if err != nil {
		return nil, "", privacy.Report{}, err
	}
	s, ok := opened.(personStore)
	if !ok {
		opened.Close()
		return nil, "", privacy.Report{}, fmt.Errorf("this store cannot answer a person's requests")
	}
	a, err := s.AccountByName(e.ctx, account)
	if err != nil {
		s.Close()
		return nil, "", privacy.Report{}, withListHint(err)
	}
	r, err := s.PersonReport(e.ctx, a.ID, contact)
	if err != nil {
		s.Close()
		return nil, "", r, err
	}
	return s, a.ID, r, nil
}

func runForgetContact(e *env, args []string) error {
	fs := flag.NewFlagSet("forget-contact", flag.ContinueOnError)
	account, contact := personFlags(fs)
	yes := fs.Bool("yes", false, "forget without asking")
	if pos, err := parse(fs, args); err != nil {
		return err
	} else if len(pos) > 0 || *account == "" || *contact == "" {
		return usagef("forget-contact needs --account NAME and --contact NAME or E-MAIL")
	}
	s, accountID, r, err := e.openPerson(*account, *contact)
	if err != nil {
		return err
	}
	defer s.Close()
	loc := locale.New("en")
	fmt.Fprintln(e.stdout, places.Summary(loc, r))
	for _, line := range places.Lines(loc, r) {
		fmt.Fprintln(e.stdout, "  "+line)
	}
	if !*yes && !e.confirm("Forget this person in all of these places? This cannot be undone. [y/N] ") {
		fmt.Fprintln(e.stdout, "Nothing was changed.")
		return nil
	}
	erasure, err := s.ForgetPerson(e.ctx, accountID, *contact, nil)
	if err != nil {
		return err
	}
	records := loc.TCount("privacy.records", erasure.Records, erasure.Records)
	if postgres.IsURL(e.dbPath) {
		fmt.Fprintf(e.stdout, "Forgotten on the team server: %s rewritten.\n", records)
		fmt.Fprintln(e.stdout, "Its tables were compacted if your role owns them; otherwise the old versions of the rows stay in the server's files until its administrator runs VACUUM FULL (see README, Personal data).")
	} else {
		fmt.Fprintf(e.stdout, "Forgotten: %s rewritten and the database compacted.\n", records)
	}
	fmt.Fprintln(e.stdout, "Backups and PDFs made before today still hold them: delete those copies too.")
	return nil
}

// confirm asks a question on standard output and reads the answer: yes only for y or yes.
func (e *env) confirm(question string) bool {
	fmt.Fprint(e.stdout, question)
	answer, _ := bufio.NewReader(stdin).ReadString('\n')
	answer = strings.ToLower(strings.TrimSpace(answer))
	return answer == "y" || answer == "yes"
}

func runExportPerson(e *env, args []string) error {
	fs := flag.NewFlagSet("export-person", flag.ContinueOnError)
	account, contact := personFlags(fs)
	out := fs.String("out", "", "output file, - for standard output")
	format := fs.String("format", "json", "json or pdf")
	lang := fs.String("lang", "en", "language of the places' descriptions, en or es")
	if pos, err := parse(fs, args); err != nil {
		return err
	} else if len(pos) > 0 || *account == "" || *contact == "" || *out == "" {
		return usagef("export-person needs --account NAME, --contact NAME or E-MAIL and --out FILE")
	}
	if *format != "json" && *format != "pdf" {
		return usagef("--format is json or pdf")
	}
	if *lang != "en" && *lang != "es" {
		return usagef("--lang is en or es")
	}
	s, _, r, err := e.openPerson(*account, *contact)
	if err != nil {
		return err
	}
	defer s.Close()
	data, err := places.Export(locale.New(*lang), r, *format, time.Now())
	if err != nil {
		return err
	}
	return e.writeOut(*out, data)
}
