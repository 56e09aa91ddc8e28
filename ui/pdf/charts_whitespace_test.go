package pdf

import (
	"fmt"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/ui/chart"
	"kamplan/ui/locale"
)

// spaceSection is the text of the pages from the white-space map's title to the next
// section's, lines joined by spaces (a header may wrap over two lines).
func spaceSection(t *testing.T, doc Document) string {
	t.Helper()
	data, _ := render(t, doc)
	next := "pdf.s.strategies"
	if doc.Edition == domain.EditionInternal {
		next = "pdf.s.portfolio"
	}
	text := pagesBetween(pageTexts(t, data), assets.T(doc.Lang, "whitespace.pdf.title"), assets.T(doc.Lang, next))
	if text == "" {
		t.Fatal("no white-space map in the document")
	}
	return strings.Join(strings.Fields(text), " ")
}

func TestWhiteSpaceSectionListsEveryCentreAndOffering(t *testing.T) {
	for _, lang := range assets.Languages {
		for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
			t.Run(lang+"/"+string(ed), func(t *testing.T) {
				doc := sharedWalletDocument(t, lang, ed)
				text := spaceSection(t, doc)
				for _, c := range doc.Plan.Centres {
					if !strings.Contains(text, c.Name) {
						t.Errorf("centre %q missing", c.Name)
					}
				}
				for _, o := range doc.Plan.Wallet.Offerings {
					if !strings.Contains(text, o.Name) {
						t.Errorf("offering %q missing", o.Name)
					}
				}
				for _, w := range []string{assets.T(lang, "whitespace.status.competitor"), assets.T(lang, "whitespace.total")} {
					if !strings.Contains(text, w) {
						t.Errorf("%q missing", w)
					}
				}
				named := strings.Contains(text, "Siemens Digital")
				if named != (ed == domain.EditionInternal) {
					t.Errorf("competitor named on the map: %v in the %s edition", named, ed)
				}
			})
		}
	}
}

// A map of 40 centres × 12 offerings with long names runs over pages: every name is on them
// (whole, or in the list of names in full), and each page of the map repeats the header row.
func TestLargeWhiteSpaceMapSplitsOverPages(t *testing.T) {
	doc := sampleDocument(t, "en", domain.EditionInternal)
	p := doc.Plan
	p.Centres, p.WhiteSpace, p.Wallet.Offerings = nil, nil, nil
	for i := range 12 {
		p.Wallet.Offerings = append(p.Wallet.Offerings, domain.Offering{ID: fmt.Sprint("o", i), Name: fmt.Sprintf("Offering %02d of the extended industrial services catalogue", i)})
	}
	for i := range 40 {
		c := domain.BuyingCentre{ID: fmt.Sprint("c", i), Name: fmt.Sprintf("Centre %02d", i)}
		p.Centres = append(p.Centres, c)
		for j, o := range p.Wallet.Offerings {
			p.WhiteSpace = append(p.WhiteSpace, domain.SpaceCell{ID: fmt.Sprint(i, "-", j), CentreID: c.ID, OfferingID: o.ID,
				Status: domain.SpaceStatuses[(i+j)%5], Potential: int64(1000000 * (i + 1))})
		}
	}
	data, _ := render(t, doc)
	pages := pageTexts(t, data)
	var mapPages []string
	on := false
	for _, pg := range pages[2:] { // after the cover and the contents
		on = on || strings.Contains(pg, "White-space map\n")
		if on {
			mapPages = append(mapPages, pg)
		}
		if on && strings.Contains(pg, assets.T("en", "pdf.s.portfolio")+"\n") {
			break
		}
	}
	if len(mapPages) < 4 {
		t.Fatalf("the map takes %d pages: 40 centres in three blocks of offerings need more", len(mapPages))
	}
	text := strings.Join(strings.Fields(strings.Join(mapPages, "\n")), " ")
	for _, c := range p.Centres {
		if !strings.Contains(text, c.Name) {
			t.Errorf("centre %q missing", c.Name)
		}
	}
	for _, o := range p.Wallet.Offerings {
		if !strings.Contains(text, o.Name) {
			t.Errorf("offering %q missing", o.Name)
		}
	}
	for i, pg := range mapPages[1 : len(mapPages)-1] {
		if !strings.Contains(pg, "White-space map (continued)") || !strings.Contains(pg, "Offering") {
			t.Errorf("map page %d has no continued mark or header row", i+2)
		}
	}
}

// The internal edition says where the cells do not add up to the wallet; the client's does not.
func TestWhiteSpaceMismatchNotedInternally(t *testing.T) {
	for _, ed := range []domain.Edition{domain.EditionInternal, domain.EditionClient} {
		doc := sharedWalletDocument(t, "en", ed)
		doc.Plan.WhiteSpace[0].Potential += 5000000
		text := spaceSection(t, doc)
		noted := strings.Contains(text, "The cells' potential does not add up")
		if noted != (ed == domain.EditionInternal) {
			t.Errorf("%s edition: mismatch noted %v", ed, noted)
		}
	}
}

// The map's "open" total is smaller than the wallet's white space: a caption under the map
// says what it counts and what makes up the rest, in full amounts a reader can match with
// the wallet (white space = open potential + what is left to win in cells ours or in progress),
// in the client edition in its words.
func TestWhiteSpaceMapOpenTotalReconcilesWithTheWallet(t *testing.T) {
	for _, lang := range assets.Languages {
		for ed, key := range map[domain.Edition]string{domain.EditionInternal: "whitespace.pdf.reconcile", domain.EditionClient: "whitespace.pdf.reconcile_client"} {
			reconciles(t, lang, ed, key)
		}
	}
}

// reconciles checks the caption under the sample's map in lang and edition ed, worded by key.
func reconciles(t *testing.T, lang string, ed domain.Edition, key string) {
	doc := sharedWalletDocument(t, lang, ed)
	loc := locale.New(lang)
	var open, rest int64
	for _, c := range chart.InProgressByDeals(doc.Plan).WhiteSpace { // an open cell with a deal is in progress
		open += c.OpenPotential()
		if c.Status == domain.SpaceOurs || c.Status == domain.SpaceInProgress {
			rest += max(0, c.Potential-c.Revenue)
		}
	}
	white := doc.Plan.Wallet.WhiteSpace()
	if open == 0 || rest == 0 || open+rest != white {
		t.Fatalf("%s: the sample no longer shows the gap: open %d + rest %d vs white space %d", lang, open, rest, white)
	}
	text := spaceSection(t, doc)
	want := loc.T(key, loc.Money(open, doc.Plan.Currency),
		loc.Money(rest, doc.Plan.Currency), loc.Money(white, doc.Plan.Currency))
	if !strings.Contains(text, strings.Join(strings.Fields(want), " ")) {
		t.Errorf("%s %s: no caption %q under the map", lang, ed, want)
	}
}

// A cell marked open where an opportunity is open is printed in progress, with its deals
// counted, as on screen (METHOD §10): the sample's Bilbao × predictive maintenance cell.
func TestWhiteSpaceCellWithAnOpenDealIsPrintedInProgress(t *testing.T) {
	for _, lang := range assets.Languages {
		doc := sharedWalletDocument(t, lang, domain.EditionClient)
		text := spaceSection(t, doc)
		status, deal := assets.T(lang, "whitespace.status.in_progress"), locale.New(lang).TCount("pipeline.column_count", 1, 1)
		if n := strings.Count(text, status+" "+deal); n < 2 {
			t.Errorf("%s: %d cells %q %q, want the sample's open cells with a deal", lang, n, status, deal)
		}
	}
}

// The client edition's white-space map speaks of the potential we do not yet cover, not of
// what is left for us to win: its totals, its key's note and the sentence under it; the
// internal edition keeps the seller's words.
func TestClientWhiteSpaceMapSpeaksOfPotentialNotCovered(t *testing.T) {
	for _, tt := range []struct {
		lang         string
		edition      domain.Edition
		want, banned []string
	}{
		{"es", domain.EditionInternal, []string{"libre 700 mil", "lo que queda por ganar"}, nil},
		{"es", domain.EditionClient, []string{"sin cubrir 700 mil", "más potencial que aún no cubrimos.", "En los totales, «sin cubrir» es el potencial que aún no cubrimos"},
			[]string{"ganar", "libre 700 mil", "potencial libre", "«libre»"}},
		{"en", domain.EditionClient, []string{"not covered 700k", "more potential we do not yet cover.", "In the totals, “not covered” is the potential we do not yet cover"},
			[]string{"to win", "open 700k", "open potential", "“open”"}},
	} {
		text := strings.Join(strings.Fields(allText(t, must(render(t, sharedWalletDocument(t, tt.lang, tt.edition))))), " ")
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s %s: %q missing", tt.lang, tt.edition, w)
			}
		}
		for _, b := range tt.banned {
			if strings.Contains(text, b) {
				t.Errorf("%s %s: %q printed", tt.lang, tt.edition, b)
			}
		}
	}
}
