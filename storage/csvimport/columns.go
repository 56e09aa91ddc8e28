package csvimport

import (
	"strings"
	"unicode"
)

// field is a piece of information an export may carry, under many header names.
type field string

const (
	fName        field = "name"
	fFirstName   field = "first_name"
	fLastName    field = "last_name"
	fTitle       field = "title"
	fDepartment  field = "department"
	fEmail       field = "email"
	fPhone       field = "phone"
	fMobile      field = "mobile"
	fAccount     field = "account"
	fReportsTo   field = "reports_to"
	fOwner       field = "owner"
	fLastContact field = "last_contact"
	fRole        field = "role"
	fIndustry    field = "industry"
	fCountry     field = "country"
	fWebsite     field = "website"
	fEmployees   field = "employees"
	fTier        field = "tier"
)

// synonyms lists the header names of each field, normalised (see norm), as Salesforce,
// HubSpot, Dynamics 365, Pipedrive and Spanish spreadsheets write them.
var synonyms = map[field][]string{
	fName:        {"name", "fullname", "contactname", "contact", "nombre completo", "nombrecompleto", "nombre y apellidos", "contacto", "person", "persona"},
	fFirstName:   {"firstname", "first", "givenname", "nombre", "nombrepila"},
	fLastName:    {"lastname", "last", "surname", "familyname", "apellidos", "apellido", "apellido1"},
	fTitle:       {"title", "jobtitle", "position", "cargo", "puesto", "titulo"},
	fDepartment:  {"department", "dept", "departamento", "area"},
	fEmail:       {"email", "emailaddress", "e-mail", "mail", "correo", "correoelectronico", "primaryemail", "email1"},
	fPhone:       {"phone", "phonenumber", "businessphone", "workphone", "telefono", "telefonotrabajo", "tel", "phone1"},
	fMobile:      {"mobile", "mobilephone", "cell", "movil", "telefonomovil"},
	fAccount:     {"accountname", "account", "company", "companyname", "organization", "organisation", "organizationname", "empresa", "cuenta", "compania", "nombredelacuenta", "nombrecuenta", "cliente"},
	fReportsTo:   {"reportsto", "manager", "reportsto name", "reportstoname", "managername", "jefe", "dependede", "superior", "responsable directo"},
	fOwner:       {"owner", "contactowner", "accountowner", "ownername", "propietario", "propietariodelcontacto", "propietariodelacuenta", "responsable", "gestor"},
	fLastContact: {"lastactivity", "lastactivitydate", "lastcontacted", "lastcontact", "lastcontactdate", "lastmeetingdate", "ultimaactividad", "ultimocontacto", "fechaultimocontacto"},
	fRole:        {"role", "contactrole", "buyingrole", "rol", "roldelcontacto", "papel"},
	fIndustry:    {"industry", "sector", "industria", "actividad"},
	fCountry:     {"country", "billingcountry", "countryregion", "pais", "paisdefacturacion"},
	fWebsite:     {"website", "web", "url", "sitioweb", "paginaweb", "companydomainname", "domain"},
	fEmployees:   {"employees", "numberofemployees", "size", "companysize", "empleados", "numerodeempleados", "tamano"},
	fTier:        {"tier", "type", "accounttype", "segment", "nivel", "tipo", "tipodecuenta", "segmento"},
}

// norm lower-cases a header and drops accents, spaces and punctuation: "Correo electrónico" → "correoelectronico".
func norm(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		r = unaccent(r)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func unaccent(r rune) rune {
	switch r {
	case 'á', 'à', 'ä', 'â', 'ã':
		return 'a'
	case 'é', 'è', 'ë', 'ê':
		return 'e'
	case 'í', 'ì', 'ï', 'î':
		return 'i'
	case 'ó', 'ò', 'ö', 'ô', 'õ':
		return 'o'
	case 'ú', 'ù', 'ü', 'û':
		return 'u'
	case 'ñ':
		return 'n'
	case 'ç':
		return 'c'
	}
	return r
}

// columns maps each recognised field to its column index.
type columns map[field]int

func mapColumns(header []string) columns {
	byName := map[string]field{}
	for f, names := range synonyms {
		for _, n := range names {
			byName[norm(n)] = f
		}
	}
	cols := columns{}
	for i, h := range header {
		if f, ok := byName[norm(h)]; ok {
			if _, taken := cols[f]; !taken {
				cols[f] = i
			}
		}
	}
	return cols
}

// get returns the cell of a field in a row, "" when the column is absent or the row short.
func (c columns) get(row []string, f field) string {
	i, ok := c[f]
	if !ok || i >= len(row) {
		return ""
	}
	return row[i]
}

func (c columns) has(f field) bool {
	_, ok := c[f]
	return ok
}
