package csvimport

import (
	"strings"
	"unicode"
)

// Field is a piece of information an export may carry, under many header names.
type Field string

// The fields a column can feed; FieldNone is a column not used.
const (
	FieldNone        Field = ""
	FieldName        Field = "name"
	FieldFirstName   Field = "first_name"
	FieldLastName    Field = "last_name"
	FieldTitle       Field = "title"
	FieldDepartment  Field = "department"
	FieldEmail       Field = "email"
	FieldPhone       Field = "phone"
	FieldMobile      Field = "mobile"
	FieldCompany     Field = "company"
	FieldReportsTo   Field = "reports_to"
	FieldOwner       Field = "owner"
	FieldLastContact Field = "last_contact"
	FieldRole        Field = "role"
	FieldIndustry    Field = "industry"
	FieldCity        Field = "city"
	FieldCountry     Field = "country"
	FieldWebsite     Field = "website"
	FieldEmployees   Field = "employees"
	FieldRevenue     Field = "revenue"
	FieldTier        Field = "tier"
	FieldNotes       Field = "notes"
)

// Kind is what a file holds.
type Kind int

// Kinds of file.
const (
	KindContacts Kind = iota
	KindAccounts
	KindOpportunities
)

// Fields lists, in display order, the fields a kind of file can feed.
func Fields(k Kind) []Field {
	if k == KindAccounts {
		return []Field{FieldCompany, FieldIndustry, FieldCountry, FieldCity, FieldWebsite, FieldEmployees,
			FieldRevenue, FieldOwner, FieldTier, FieldPhone, FieldNotes, FieldCRMID}
	}
	return []Field{FieldName, FieldFirstName, FieldLastName, FieldTitle, FieldDepartment, FieldEmail, FieldPhone,
		FieldMobile, FieldCompany, FieldReportsTo, FieldOwner, FieldLastContact, FieldRole, FieldCity, FieldCountry, FieldNotes, FieldCRMID}
}

// synonyms lists the header names of each field, normalised (see norm), as Salesforce,
// HubSpot, Dynamics 365, Pipedrive and Spanish spreadsheets write them.
var synonyms = map[Field][]string{
	FieldName:        {"name", "fullname", "contactname", "contact", "nombre completo", "nombrecompleto", "nombre y apellidos", "contacto", "person", "persona"},
	FieldFirstName:   {"firstname", "first", "givenname", "nombre", "nombrepila"},
	FieldLastName:    {"lastname", "last", "surname", "familyname", "apellidos", "apellido", "apellido1"},
	FieldTitle:       {"title", "jobtitle", "position", "cargo", "puesto", "titulo"},
	FieldDepartment:  {"department", "dept", "departamento", "area"},
	FieldEmail:       {"email", "emailaddress", "e-mail", "mail", "correo", "correoelectronico", "primaryemail", "email1"},
	FieldPhone:       {"phone", "phonenumber", "businessphone", "workphone", "mainphone", "telefono", "telefonotrabajo", "telefonodeltrabajo", "tel", "phone1", "telefonoprincipal"},
	FieldMobile:      {"mobile", "mobilephone", "phonemobile", "cell", "movil", "telefonomovil"},
	FieldCompany:     {"accountname", "account", "company", "companyname", "organization", "organisation", "organizationname", "empresa", "cuenta", "compania", "nombredelacuenta", "nombredecuenta", "nombrecuenta", "cliente", "nombredelaempresa", "razonsocial"},
	FieldReportsTo:   {"reportsto", "manager", "reportstoname", "managername", "jefe", "dependede", "superior", "responsabledirecto"},
	FieldOwner:       {"owner", "contactowner", "accountowner", "companyowner", "ownername", "propietario", "propietariodelcontacto", "propietariodelacuenta", "propietariodelaempresa", "responsable", "gestor"},
	FieldLastContact: {"lastactivity", "lastactivitydate", "lastcontacted", "lastcontact", "lastcontactdate", "lastmeetingdate", "ultimaactividad", "ultimocontacto", "fechaultimocontacto"},
	FieldRole:        {"role", "contactrole", "buyingrole", "rol", "roldelcontacto", "papel"},
	FieldIndustry:    {"industry", "sector", "industria", "actividad"},
	FieldCity:        {"city", "mailingcity", "billingcity", "address1city", "ciudad", "localidad", "poblacion", "municipio"},
	FieldCountry:     {"country", "billingcountry", "mailingcountry", "countryregion", "address1countryregion", "pais", "paisdefacturacion", "countryregion"},
	FieldWebsite:     {"website", "web", "url", "sitioweb", "paginaweb", "companydomainname", "domain"},
	FieldEmployees:   {"employees", "numberofemployees", "size", "companysize", "empleados", "numerodeempleados", "tamano"},
	FieldRevenue:     {"annualrevenue", "revenue", "annualrevenuebase", "facturacion", "facturacionanual", "ingresosanuales", "ingresos", "ventasanuales", "cifradenegocio"},
	FieldTier:        {"tier", "type", "accounttype", "segment", "nivel", "tipo", "tipodecuenta", "segmento"},
	FieldNotes:       {"description", "notes", "note", "comments", "descripcion", "notas", "comentarios", "observaciones"},
	// The record's own id in the CRM; an account's id in a contacts file is its company's.
	FieldCRMID:     {"recordid", "contactid", "id", "personid", "donotmodifycontact", "donotmodifyaccount"},
	FieldAccountID: {"accountid", "organizationid", "companyid"},
}

var byHeader = func() map[string]Field {
	m := map[string]Field{}
	for f, names := range synonyms {
		for _, n := range names {
			m[norm(n)] = f
		}
	}
	return m
}()

// norm lower-cases a header and drops accents, spaces and punctuation: "Correo electrónico" → "correoelectronico".
func norm(s string) string {
	var b strings.Builder
	for _, r := range fold(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Mapping says which field each column of a file feeds: Mapping[i] for Header[i].
type Mapping []Field

// DetectMapping maps each header the CRMs write to its field; the first column of a field
// wins, and a field a kind of file cannot use leaves its column unused.
func DetectMapping(header []string, k Kind) Mapping {
	usable := map[Field]bool{}
	for _, f := range Fields(k) {
		usable[f] = true
	}
	m := make(Mapping, len(header))
	taken := map[Field]bool{}
	for i, h := range header {
		f := fieldOf(h)
		if k == KindAccounts && f == FieldName && !hasHeader(header, FieldCompany) {
			f = FieldCompany // "Name" in a companies export
		}
		if k == KindAccounts && f == FieldAccountID {
			f = FieldCRMID // "Account ID" in an accounts export is the record's own
		}
		if usable[f] && !taken[f] {
			m[i], taken[f] = f, true
		}
	}
	return m
}

func hasHeader(header []string, f Field) bool {
	for _, h := range header {
		if fieldOf(h) == f {
			return true
		}
	}
	return false
}

// columns finds the column of each field of a mapping.
type columns struct {
	idx    map[Field]int
	header []string
}

func (m Mapping) columns(header []string) columns {
	c := columns{idx: map[Field]int{}, header: header}
	for i, f := range m {
		if _, taken := c.idx[f]; f != FieldNone && !taken {
			c.idx[f] = i
		}
	}
	return c
}

// get returns the cell of a field in a row, "" when the column is absent or the row short.
func (c columns) get(row []string, f Field) string {
	i, ok := c.idx[f]
	if !ok || i >= len(row) {
		return ""
	}
	return row[i]
}

func (c columns) has(f Field) bool {
	_, ok := c.idx[f]
	return ok
}

// label is a column's header as the file writes it, for notes: "Mailing City".
func (c columns) label(f Field) string { return c.header[c.idx[f]] }

// Unused lists the headers of the columns a mapping leaves out, for the report.
func (m Mapping) Unused(header []string) []string {
	var out []string
	for i, h := range header {
		if i >= len(m) || m[i] == FieldNone {
			out = append(out, headerName(h, i))
		}
	}
	return out
}

func headerName(h string, i int) string {
	if h == "" {
		return "column " + itoa(i+1)
	}
	return h
}
