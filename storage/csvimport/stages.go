package csvimport

import (
	"strings"

	"kamplan/domain"
)

// The CRMs' words for a closed deal, normalised (see norm): Salesforce "Closed Won",
// HubSpot "closedwon", Pipedrive's status "won", Spanish "Cerrada ganada".
var (
	wonWords  = []string{"won", "closedwon", "ganada", "ganado", "cerradaganada", "cerradoganado", "ganadas"}
	lostWords = []string{"lost", "closedlost", "perdida", "perdido", "cerradaperdida", "cerradoperdido", "perdidas"}
)

// stageMatch is the company's stage a CRM's stage names, and how it was found.
type stageMatch struct {
	stage   string
	nearest bool // placed by its probability pct (the note says so)
	pct     int
	ok      bool
}

// matchStage maps a row's stage (or Pipedrive's won/lost status) to the company's stages:
// won and lost by their words in English and Spanish, an open stage by its name (case,
// accents and punctuation aside) or by a shared beginning of six letters ("Qualification"
// is "qualify", "Proposal/Price Quote" "propose"); a stage the company does not have goes
// to the open stage whose default probability is nearest the row's, and without a
// probability the row cannot be placed.
func matchStage(r OppRow, stages []domain.SalesStage) stageMatch {
	for _, w := range []string{r.Status, r.Stage} {
		n := norm(w)
		switch {
		case closedWord(n, wonWords):
			return stageMatch{stage: domain.StageWon, ok: true}
		case closedWord(n, lostWords):
			return stageMatch{stage: domain.StageLost, ok: true}
		}
	}
	n := strings.TrimLeft(norm(r.Stage), "0123456789") // Dynamics: "1-Qualify"
	for _, s := range stages {
		if sn := norm(s.Name); sn != "" && (sn == n || commonPrefix(sn, n) >= 6 || commonPrefix(sn, spanishStage(n)) >= 6) {
			return stageMatch{stage: s.Name, ok: true}
		}
	}
	pct, known := r.Probability, r.HasProbability
	if !known {
		pct, known = crmStageProbability[n]
	}
	if !known || len(stages) == 0 {
		return stageMatch{}
	}
	best := stages[0]
	for _, s := range stages[1:] {
		if abs(s.Probability-pct) < abs(best.Probability-pct) {
			best = s
		}
	}
	return stageMatch{stage: best.Name, nearest: true, pct: pct, ok: true}
}

// spanishStage is the English default stage a Spanish stage name begins like.
func spanishStage(n string) string {
	for prefix, stage := range map[string]string{"cualific": "qualify", "calific": "qualify", "desarroll": "develop",
		"propuest": "propose", "propon": "propose", "negocia": "negotiate"} {
		if strings.HasPrefix(n, prefix) {
			return stage
		}
	}
	return ""
}

// crmStageProbability are the default probabilities of the CRMs' own default stages, to
// place a row that names one of them and has no probability of its own.
var crmStageProbability = map[string]int{
	// Salesforce
	"prospecting": 10, "qualification": 10, "needsanalysis": 20, "valueproposition": 50, "iddecisionmakers": 60,
	"perceptionanalysis": 70, "proposalpricequote": 75, "negotiationreview": 90,
	// HubSpot
	"appointmentscheduled": 20, "qualifiedtobuy": 40, "presentationscheduled": 60, "decisionmakerboughtin": 80, "contractsent": 90,
}

func closedWord(n string, words []string) bool {
	for _, w := range words {
		if n == w || (len(n) > len(w) && strings.HasSuffix(n, w) && strings.HasPrefix(n, "closed")) {
			return true
		}
	}
	return false
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
