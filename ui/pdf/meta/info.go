package meta

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"github.com/jung-kurt/gofpdf"
)

// Info is what the document says about itself.
type Info struct {
	Lang     string // the document's language: en, es
	Title    string
	Subject  string
	Author   string
	Keywords string
	Creator  string
	Created  time.Time       // with its time zone
	Letters  map[rune][]rune // the letters a drawn character stands for (shaped Arabic's forms)
}

// Set gives gofpdf the properties it writes itself (the document information and the XMP
// packet), in text every viewer shows: see Plain.
func Set(f *gofpdf.Fpdf, in Info) {
	f.SetTitle(Plain(in.Title), true)
	f.SetSubject(Plain(in.Subject), true)
	f.SetAuthor(Plain(in.Author), true)
	f.SetKeywords(Plain(in.Keywords), true)
	f.SetCreator(Plain(in.Creator), true)
	f.SetProducer(Plain(in.Creator), true)
	f.SetCreationDate(in.Created)
	f.SetModificationDate(in.Created)
	f.SetXmpMetadata(XMP(in))
}

// Write writes to w the file gofpdf wrote, data, completed (see Finish).
func Write(w io.Writer, data []byte, in Info) error {
	done, err := Finish(data, in)
	if err != nil {
		return err
	}
	_, err = w.Write(done)
	return err
}

// Plain is s as the document's properties hold it: the viewer draws them with its own
// fonts, so every character of the Basic Multilingual Plane stays; what the properties
// cannot hold (emoji beyond it, their joiners and variation selectors, control
// characters, bytes that are not UTF-8) is left out rather than shown as a box.
func Plain(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == unicode.ReplacementChar, r > 0xFFFF, r == 0x200D, r >= 0xFE00 && r <= 0xFE0F:
			return -1
		case unicode.IsControl(r):
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, ""))
	return strings.Join(strings.Fields(s), " ")
}

// Created is the moment a document dated day is written: now, when day is today; else
// the day itself, at noon in the local time zone.
func Created(day, now time.Time) time.Time {
	y, m, d := day.Date()
	if ny, nm, nd := now.Date(); ny == y && nm == m && nd == d {
		return now
	}
	return time.Date(y, m, d, 12, 0, 0, 0, now.Location())
}

// XMP is the metadata packet of the document: title, language, author, subject,
// keywords, dates and the tool that made it.
func XMP(in Info) []byte {
	var b bytes.Buffer
	b.WriteString("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" +
		"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n" +
		"<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" " +
		"xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n" +
		"<dc:format>application/pdf</dc:format>\n")
	fmt.Fprintf(&b, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:title>\n", esc(in.Title))
	fmt.Fprintf(&b, "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:description>\n", esc(in.Subject))
	fmt.Fprintf(&b, "<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>\n", esc(in.Author))
	fmt.Fprintf(&b, "<dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>\n", esc(in.Lang))
	date := in.Created.Format(time.RFC3339)
	fmt.Fprintf(&b, "<xmp:CreateDate>%s</xmp:CreateDate><xmp:ModifyDate>%s</xmp:ModifyDate><xmp:MetadataDate>%s</xmp:MetadataDate>\n", date, date, date)
	fmt.Fprintf(&b, "<xmp:CreatorTool>%s</xmp:CreatorTool><pdf:Producer>%s</pdf:Producer>\n", esc(in.Creator), esc(in.Creator))
	fmt.Fprintf(&b, "<pdf:Keywords>%s</pdf:Keywords>\n", esc(in.Keywords))
	b.WriteString("</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>")
	return b.Bytes()
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(Plain(s)))
	return b.String()
}
