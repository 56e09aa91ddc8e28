package pdf

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kamplan/assets"
	"kamplan/domain"
	"kamplan/ui/locale"
)

// walletDocument is a sample plan that keeps its wallet internal or shares it.
func walletDocument(t *testing.T, english bool, internal bool, ed domain.Edition) Document {
	doc := sampleDocument(t, "es", ed)
	if english {
		doc = englishDocument(t, ed)
	}
	doc.Plan = doc.Plan.Clone()
	doc.Plan.Wallet.Internal = internal
	return doc
}

// walletWords are what shows the client our view of their spend: the wallet's and the
// white-space map's titles, the summary's lines, the glossary's meanings and the wallet's
// figures.
func walletWords(doc Document) []string {
	l, p := doc.Lang, doc.Plan
	loc := locale.New(l)
	return []string{assets.T(l, "pdf.wallet"), assets.T(l, "whitespace.pdf.title"), assets.T(l, "pdf.sum.white_space"),
		assets.T(l, "pdf.gloss.share"), assets.T(l, "pdf.gloss.white_space"), assets.T(l, "pdf.offerings"),
		loc.Money(p.Wallet.Potential, p.Currency), loc.Money(p.Wallet.WhiteSpace(), p.Currency)}
}

// The client edition of a plan that keeps its wallet internal has no wallet, no white-space
// map, no summary lines, glossary entries, contents or outline entries for them, and its
// parts are numbered without a gap; sharing the wallet prints them all, and the internal
// edition is the same either way. In both samples.
func TestClientEditionLeavesOutAWalletKeptInternal(t *testing.T) {
	for _, english := range []bool{false, true} {
		var internalTexts []string
		for _, internal := range []bool{false, true} {
			doc := walletDocument(t, english, internal, domain.EditionClient)
			data := must(render(t, doc))
			text, outline := spaced(allText(t, data)), outlineText(data)
			for _, w := range walletWords(doc) {
				if shown := strings.Contains(text, spaced(w)); shown == internal {
					t.Errorf("%s, wallet internal %v: the client edition shows %q: %v", doc.Lang, internal, w, shown)
				}
			}
			if listed := strings.Contains(outline, assets.T(doc.Lang, "pdf.wallet")); listed == internal {
				t.Errorf("%s, wallet internal %v: the outline lists the wallet: %v", doc.Lang, internal, listed)
			}
			if err := numberedWithoutGaps(strings.Split(outline, "\n")); err != nil {
				t.Errorf("%s, wallet internal %v: %v", doc.Lang, internal, err)
			}
			doc.Edition = domain.EditionInternal
			internalTexts = append(internalTexts, allText(t, must(render(t, doc))))
		}
		if internalTexts[0] != internalTexts[1] {
			t.Errorf("english %v: keeping the wallet internal changed the internal edition: %s", english, firstDifference(internalTexts[1], internalTexts[0]))
		}
	}
}

// spaced is s with every kind of space a plain one, as amounts are compared.
func spaced(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\u00a0' || r == '\u202f' {
			return ' '
		}
		return r
	}, s)
}

var partNumber = regexp.MustCompile(`^(\d+)(?:\.(\d+))?  `)

// numberedWithoutGaps checks that the outline's sections count 1, 2, 3… and the parts of
// each section N.1, N.2, N.3…
func numberedWithoutGaps(titles []string) error {
	section, part := 0, 0
	for _, s := range titles {
		m := partNumber.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if m[2] == "" {
			if n != section+1 {
				return fmt.Errorf("section %d follows section %d", n, section)
			}
			section, part = n, 0
			continue
		}
		if k, _ := strconv.Atoi(m[2]); n != section || k != part+1 {
			return fmt.Errorf("part %d.%d follows %d.%d", n, k, section, part)
		}
		part++
	}
	if section < 10 {
		return fmt.Errorf("only %d sections in the outline", section)
	}
	return nil
}

// The plan on a page, in the client edition, has no wallet block when the plan keeps its
// wallet internal, and has it when the plan shares it.
func TestOnePageClientLeavesOutAWalletKeptInternal(t *testing.T) {
	for _, internal := range []bool{false, true} {
		doc := walletDocument(t, true, internal, domain.EditionClient)
		doc.OnePage = true
		text := spaced(allText(t, must(render(t, doc))))
		for _, w := range []string{assets.T("en", "pdf.wallet"), locale.New("en").Money(doc.Plan.Wallet.Potential, doc.Plan.Currency)} {
			if shown := strings.Contains(text, spaced(w)); shown == internal {
				t.Errorf("wallet internal %v: the page shows %q: %v", internal, w, shown)
			}
		}
	}
}
