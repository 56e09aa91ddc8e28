package main

import (
	"fmt"
	"regexp"
	"strings"
)

// debian writes /usr/share/doc/kamplan/copyright in Debian's machine-readable format
// (https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/) for the Linux build:
// KAM Planner itself, then one paragraph per component linked into /usr/bin/kamplan. A module's
// files are named as they would lie in a vendor/ folder of the source. The Apache License's
// terms are referred to in /usr/share/common-licenses, as Debian asks, not repeated.
func debian(cs []component, ownLicence string) []byte {
	var b strings.Builder
	b.WriteString(`Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: KAM Planner
Upstream-Contact: KAM Planner <support@kamplanner.app>
Source: https://kamplanner.app
Comment: /usr/bin/kamplan is built from KAM Planner's source and the Go standard
 library, Go modules and fonts below, which are linked or embedded into it.
`)
	b.WriteString("\nFiles: *\n")
	field(&b, "Copyright", strings.Join(copyrights(ownLicence, "KAM Planner authors"), "\n"))
	field(&b, "License", "Expat\n"+mitTerms(ownLicence))
	for _, c := range cs {
		if !strings.Contains(c.Where, "Linux") {
			continue
		}
		fmt.Fprintf(&b, "\nFiles: %s\n", debianFiles(c))
		var all []string
		for _, f := range c.Files {
			all = append(all, f.Text)
		}
		field(&b, "Copyright", strings.Join(copyrights(strings.Join(all, "\n"), "the authors of "+c.Name), "\n"))
		if c.Version != "" {
			field(&b, "Comment", "Go module "+c.Name+" "+c.Version+".")
		}
		field(&b, "License", shortName(c.Files[0].Text)+"\n"+licenceBody(c.Files))
	}
	return []byte(b.String())
}

func debianFiles(c component) string {
	switch {
	case c.Version != "":
		return "vendor/" + c.Name + "/*"
	case strings.HasPrefix(c.Files[0].Path, "assets/fonts/LICENSE-"):
		return "assets/fonts/" + strings.TrimSuffix(strings.TrimPrefix(c.Files[0].Path, "assets/fonts/LICENSE-"), ".txt") + "*"
	default:
		return "go/*"
	}
}

// field writes a field whose value may span lines: continuation lines start with a space and
// an empty line is a lone " .".
func field(b *strings.Builder, name, value string) {
	lines := strings.Split(value, "\n")
	fmt.Fprintf(b, "%s: %s\n", name, lines[0])
	for _, l := range lines[1:] {
		if strings.TrimSpace(l) == "" {
			l = "."
		}
		fmt.Fprintf(b, " %s\n", l)
	}
}

func licenceBody(fs []licenceFile) string {
	var parts []string
	for _, f := range fs {
		parts = append(parts, f.Path+":\n\n"+withoutApacheTerms(f.Text))
	}
	return strings.Join(parts, "\n\n")
}

var copyrightLine = regexp.MustCompile(`(?im)^[\s#*/>-]*(?:copyright\s*:?\s*(?:\(c\)|©)?\s*)+(\d{4}.*)$`)

// copyrights lists a text's copyright holders ("2009 The Go Authors") once each.
func copyrights(text, fallback string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range copyrightLine.FindAllStringSubmatch(text, -1) {
		h := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(m[1]), "."))
		if h != "" && !seen[h] {
			seen[h] = true
			out = append(out, h)
		}
	}
	if len(out) == 0 {
		return []string{fallback}
	}
	return out
}

// shortName names a licence text with the format's short names.
func shortName(text string) string {
	has := func(s string) bool { return strings.Contains(strings.ToLower(text), strings.ToLower(s)) }
	switch {
	case has("Bitstream Vera"):
		return "Bitstream-Vera"
	case has("Apache License") && has("Version 2.0"):
		return "Apache-2.0"
	case has("Permission is hereby granted, free of charge"):
		return "Expat"
	case has("Redistribution and use in source and binary forms") && (has("Neither the name") || has("names of its contributors")):
		return "BSD-3-clause"
	case has("Redistribution and use in source and binary forms"):
		return "BSD-2-clause"
	case has("SIL Open Font License"):
		return "OFL-1.1"
	case has("This software is provided 'as-is'"):
		return "Zlib"
	case has("Permission to use, copy, modify, and/or distribute this software"):
		return "ISC"
	}
	return "other"
}

// mitTerms is the licence text of the MIT LICENSE file without its title and copyright line.
func mitTerms(text string) string {
	if i := strings.Index(text, "Permission is hereby granted"); i >= 0 {
		return strings.TrimSpace(text[i:])
	}
	return strings.TrimSpace(text)
}

const apacheTerms = "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION"
const apacheEnd = "END OF TERMS AND CONDITIONS"
const apachePointer = "The Apache License, Version 2.0: on Debian systems its full text is in\n/usr/share/common-licenses/Apache-2.0."

// withoutApacheTerms replaces each full copy of the Apache License 2.0's terms with a pointer
// to Debian's copy; what surrounds it (a copyright line, an appendix, other notices) stays.
func withoutApacheTerms(text string) string {
	for {
		t := strings.Index(text, apacheTerms)
		if t < 0 {
			return text
		}
		start := strings.LastIndex(text[:t], "Apache License")
		if start < 0 || t-start > 400 {
			start = t
		}
		start = strings.LastIndex(text[:start], "\n") + 1
		end := len(text)
		if e := strings.Index(text[t:], apacheEnd); e >= 0 {
			end = t + e + len(apacheEnd)
		}
		text = text[:start] + apachePointer + text[end:]
	}
}
