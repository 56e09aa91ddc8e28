package csvimport

import (
	"strings"

	"kamplan/domain"
)

// peopleFields are the fields only a file of people has.
var peopleFields = map[Field]bool{
	FieldName: true, FieldFirstName: true, FieldLastName: true, FieldEmail: true, FieldTitle: true,
	FieldDepartment: true, FieldMobile: true, FieldReportsTo: true,
}

// PeopleColumns lists the headers of a file's columns that hold people — a person's
// name, first or last name, e-mail, job title, department, mobile, manager — leaving out
// the columns the accounts mapping m feeds (a "Nombre" column picked as the company).
func PeopleColumns(header []string, m Mapping) []string {
	var out []string
	for _, i := range peopleColumns(header, m) {
		out = append(out, header[i])
	}
	return out
}

func peopleColumns(header []string, m Mapping) []int {
	var out []int
	for i, f := range DetectMapping(header, KindContacts) {
		if peopleFields[f] && (i >= len(m) || m[i] == FieldNone) {
			out = append(out, i)
		}
	}
	return out
}

// HoldsPeople reports whether a file's columns are people's: two of PeopleColumns, one of
// them a name or a job title. A company's e-mail alone, or its name alone, is not enough.
func HoldsPeople(header []string, m Mapping) bool {
	cols := peopleColumns(header, m)
	if len(cols) < 2 {
		return false
	}
	for _, i := range cols {
		if f := fieldOf(header[i]); f != FieldEmail && f != FieldDepartment && f != FieldMobile {
			return true
		}
	}
	return false
}

// checkNotPeople refuses a file of people given as accounts: importing it would make a
// company of every person.
func checkNotPeople(header []string, m Mapping) error {
	if !HoldsPeople(header, m) {
		return nil
	}
	return domain.Errorf(domain.CodeInvalid, "csv.people_as_accounts",
		"the columns %s hold people, not companies: nothing was imported (import the file as contacts into an account's plan: --account NAME)",
		strings.Join(PeopleColumns(header, m), ", "))
}

// fieldOf is the field a header names. Pipedrive prefixes its headers with the record they
// belong to ("Person - Email - Work", "Organization - Name"): the prefix is set aside, and
// an organisation's name is its company.
func fieldOf(header string) Field {
	entity, rest := pipedriveEntity(header)
	n := norm(rest)
	if entity == "organization" && (n == "name" || n == "nombre") {
		return FieldCompany
	}
	if entity == "organization" && n == "id" {
		return FieldAccountID // "Organization - ID"
	}
	if f, ok := byHeader[n]; ok {
		return f
	}
	if i := strings.LastIndex(rest, " - "); i > 0 && entity != "" {
		return byHeader[norm(rest[:i])] // "Email - Work"
	}
	return FieldNone
}

func pipedriveEntity(header string) (entity, rest string) {
	prefix, rest, ok := strings.Cut(header, " - ")
	if !ok {
		return "", header
	}
	switch norm(prefix) {
	case "person", "persona":
		return "person", rest
	case "organization", "organisation", "organizacion":
		return "organization", rest
	}
	return "", header
}
