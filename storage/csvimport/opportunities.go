package csvimport

import (
	"io"
	"strings"

	"kamplan/domain"
)

// CRM is the system an opportunities export comes from, told by its headers.
type CRM string

// The CRMs whose opportunity exports are read; CRMSheet is a spreadsheet with the same columns.
const (
	CRMSalesforce CRM = "Salesforce"
	CRMHubSpot    CRM = "HubSpot"
	CRMDynamics   CRM = "Dynamics 365"
	CRMPipedrive  CRM = "Pipedrive"
	CRMSheet      CRM = "spreadsheet"
)

// The fields only an opportunities file feeds; its account is FieldCompany, its owner FieldOwner.
const (
	FieldOpportunity Field = "opportunity"
	FieldAccountID   Field = "account_id"
	FieldStage       Field = "stage"
	FieldStatus      Field = "status"
	FieldAmount      Field = "amount"
	FieldCloseDate   Field = "close_date"
	FieldProbability Field = "probability"
	FieldCRMID       Field = "crm_id"
	FieldReason      Field = "reason"
)

// oppHeaders are the documented column headers of each CRM's opportunity export (and their
// Spanish versions), normalised (see norm).
var oppHeaders = map[string]Field{
	// Salesforce opportunity reports
	"opportunityname": FieldOpportunity, "accountname": FieldCompany, "accountid": FieldAccountID, "stage": FieldStage,
	"amount": FieldAmount, "closedate": FieldCloseDate, "probability": FieldProbability, "opportunityowner": FieldOwner,
	"opportunityid": FieldCRMID, "lossreason": FieldReason, "closedlostreason": FieldReason,
	// HubSpot deals
	"dealname": FieldOpportunity, "dealstage": FieldStage, "dealowner": FieldOwner, "associatedcompany": FieldCompany,
	"associatedcompanyprimary": FieldCompany, "recordid": FieldCRMID, "dealprobability": FieldProbability,
	"closedwonreason": FieldReason, "associatedcompanyids": FieldAccountID,
	// Dynamics 365 opportunities
	"topic": FieldOpportunity, "name": FieldOpportunity, "potentialcustomer": FieldCompany, "account": FieldCompany,
	"estrevenue": FieldAmount, "estimatedrevenue": FieldAmount, "estclosedate": FieldCloseDate, "estimatedclosedate": FieldCloseDate,
	"pipelinephase": FieldStage, "salesstage": FieldStage, "owner": FieldOwner, "donotmodifyopportunity": FieldCRMID,
	"status": FieldStatus, "statusreason": FieldReason,
	// Pipedrive deals
	"dealtitle": FieldOpportunity, "dealorganization": FieldCompany, "dealvalue": FieldAmount, "dealexpectedclosedate": FieldCloseDate, "dealid": FieldCRMID, "dealstatus": FieldStatus,
	"deallostreason": FieldReason, "dealorganizationid": FieldAccountID,
	// Spanish
	"nombredelaoportunidad": FieldOpportunity, "oportunidad": FieldOpportunity, "nombredelacuenta": FieldCompany, "cuenta": FieldCompany,
	"etapa": FieldStage, "fase": FieldStage, "importe": FieldAmount, "valor": FieldAmount, "fechadecierre": FieldCloseDate,
	"probabilidad": FieldProbability, "propietariodelaoportunidad": FieldOwner, "propietario": FieldOwner,
	"iddelaoportunidad": FieldCRMID, "motivo": FieldReason,
}

// oppColumnOf is the field of a header; Pipedrive writes "Deal - Stage", HubSpot "Deal Stage".
func oppColumnOf(header string) Field {
	n := norm(header)
	if f, ok := oppHeaders[n]; ok {
		return f
	}
	n = strings.TrimSuffix(strings.TrimSuffix(n, "percent"), "pct")
	return oppHeaders[n]
}

// DetectCRM tells which CRM wrote a header row: Pipedrive prefixes its columns with
// "Deal - ", HubSpot names "Deal Stage" and "Record ID", Dynamics "Est. Revenue" or
// "Potential Customer", Salesforce "Opportunity Name" or "Opportunity ID".
func DetectCRM(header []string) CRM {
	has := map[string]bool{}
	for _, h := range header {
		has[norm(h)] = true
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(h)), "deal - ") {
			return CRMPipedrive
		}
	}
	switch {
	case has["dealname"] || has["dealstage"] || has["recordid"]:
		return CRMHubSpot
	case has["estrevenue"] || has["estclosedate"] || has["potentialcustomer"] || has["topic"] || has["donotmodifyopportunity"]:
		return CRMDynamics
	case has["opportunityname"] || has["opportunityid"] || has["opportunityowner"]:
		return CRMSalesforce
	}
	return CRMSheet
}

// OppOptions are the person's answers: the order of numeric dates and the decimal mark of
// amounts, asked when the file leaves them open.
type OppOptions struct {
	Dates    DateOrder
	Decimals Decimals
}

// OppRow is one opportunity read from an export, as the file writes it.
type OppRow struct {
	Line                     int
	Name, Account, AccountID string
	Stage, Status, Owner, ID string
	Reason                   string
	Amount                   int64
	HasAmount                bool
	Currency                 string
	Probability              int
	HasProbability           bool
	Close                    domain.Date
}

// Opportunities is what an opportunities export holds.
type Opportunities struct {
	CRM   CRM
	Table Table
	Rows  []OppRow
	Notes []Note
	cols  map[Field]int
}

// ParseOpportunities reads an opportunities export of Salesforce, HubSpot, Dynamics 365 or
// Pipedrive (or a sheet with their columns). A column of dates or amounts that reads two
// ways is refused until opts says which.
func ParseOpportunities(r io.Reader, opts OppOptions) (Opportunities, error) {
	t, err := Read(r)
	if err != nil {
		return Opportunities{}, err
	}
	return OpportunitiesFrom(t, opts)
}

// OpportunitiesFrom reads the opportunities of a table (see ParseOpportunities).
func OpportunitiesFrom(t Table, opts OppOptions) (Opportunities, error) {
	o := Opportunities{CRM: DetectCRM(t.Header), Table: t, cols: map[Field]int{}, Notes: append([]Note(nil), t.Notes...)}
	for i, h := range t.Header {
		if f := oppColumnOf(h); f != FieldNone {
			if _, taken := o.cols[f]; !taken {
				o.cols[f] = i
			}
		}
	}
	if _, ok := o.cols[FieldOpportunity]; !ok {
		return o, domain.Errorf(domain.CodeInvalid, "csv.no_opportunities",
			"no column of opportunity names: expected Opportunity Name, Deal Name, Topic or Deal - Title (found: %s)", strings.Join(t.Header, ", "))
	}
	order, decimals, err := o.decide(opts)
	if err != nil {
		return o, err
	}
	for i, row := range t.Rows {
		o.read(row, t.Lines[i], order, decimals)
	}
	return o, nil
}

// decide settles the order of the close dates and the decimal mark of the amounts.
func (o *Opportunities) decide(opts OppOptions) (DateOrder, Decimals, error) {
	order, decimals := opts.Dates, opts.Decimals
	var err error
	if i, ok := o.cols[FieldCloseDate]; ok {
		if order, err = columnOrder(o.Table, i, opts.Dates); err != nil {
			return "", "", err
		}
	}
	if i, ok := o.cols[FieldAmount]; ok {
		if decimals, err = columnDecimals(o.Table, i, opts.Decimals); err != nil {
			return "", "", err
		}
	}
	return order, decimals, nil
}

func (o *Opportunities) get(row []string, f Field) string {
	i, ok := o.cols[f]
	if !ok || i >= len(row) {
		return ""
	}
	return row[i]
}

func (o *Opportunities) label(f Field) string { return o.Table.column(o.cols[f]) }

// Mapping is the field each column feeds, for the report.
func (o *Opportunities) Mapping() Mapping {
	m := make(Mapping, len(o.Table.Header))
	for f, i := range o.cols {
		m[i] = f
	}
	return m
}

// read keeps a row with its values; a row without a name is skipped, and a value that
// cannot be read is left out with a note.
func (o *Opportunities) read(row []string, line int, order DateOrder, decimals Decimals) {
	r := OppRow{Line: line, Name: o.get(row, FieldOpportunity), Account: o.get(row, FieldCompany), AccountID: o.get(row, FieldAccountID),
		Stage: o.get(row, FieldStage), Status: o.get(row, FieldStatus), Owner: o.get(row, FieldOwner), ID: o.get(row, FieldCRMID),
		Reason: o.get(row, FieldReason)}
	if r.Name == "" {
		o.Notes = append(o.Notes, note(line, "csv.row_no_opportunity", "no opportunity name: row skipped"))
		return
	}
	if s := o.get(row, FieldAmount); s != "" {
		if r.Amount, r.Currency, r.HasAmount = parseAmount(s, decimals); !r.HasAmount {
			o.Notes = append(o.Notes, note(line, "csv.amount_unread", "%s %q is not an amount: value left out", o.label(FieldAmount), s))
		}
	}
	if s := o.get(row, FieldProbability); s != "" {
		if r.Probability, r.HasProbability = parseProbability(s); !r.HasProbability {
			o.Notes = append(o.Notes, note(line, "csv.probability_unread", "%s %q is not a probability of 0–100 %%: value left out", o.label(FieldProbability), s))
		}
	}
	if s := o.get(row, FieldCloseDate); s != "" {
		var ok bool
		if r.Close, ok = parseDate(s, order); !ok {
			o.Notes = append(o.Notes, note(line, "csv.close_unread", "%s %q is not a date: value left out", o.label(FieldCloseDate), s))
		}
	}
	o.Rows = append(o.Rows, r)
}
