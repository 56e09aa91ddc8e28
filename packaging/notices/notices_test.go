package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func components(t *testing.T) []component {
	t.Helper()
	cs, err := collect("../..")
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// The notices the app shows and the releases carry name every module the builds link now: a
// dependency added or upgraded without regenerating them fails here (and in make dist).
func TestCommittedNoticesAreUpToDate(t *testing.T) {
	committedText, err := os.ReadFile(filepath.Join("../..", committed))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(committedText, text(components(t))) {
		t.Fatalf("%s is out of date: run go generate ./assets", committed)
	}
}

// Every component has a section with its licence text, and the licences a reader looks for
// are there: the fonts', Go's, and those of the modules with notices of their own.
func TestNoticesHoldEveryComponentsLicence(t *testing.T) {
	cs := components(t)
	out := string(text(cs))
	for _, c := range cs {
		section := "\n" + Rule + "\n" + title(c) + "\n" + Rule + "\n"
		if !strings.Contains(out, section) {
			t.Errorf("no section for %s", title(c))
		}
	}
	for _, want := range []string{
		"Droid Sans Fallback (font)", "Apache License", "DejaVu Sans (font)", "Bitstream Vera",
		"fyne.io/fyne/v2 ", "--- theme/font/LICENSE.txt ---", "modernc.org/sqlite ", "--- LICENSE-SQLITE ---",
		"github.com/go-gl/glfw/v3.3/glfw ", "--- glfw/LICENSE.md ---", "Copyright 2009 The Go Authors",
		"MinGW-w64 runtime", "Redistributions in binary form must reproduce the accompanying",
		"github.com/rymdport/portal v0.4.2\n" + Rule + "\nIn the Linux build.",
		"github.com/mattn/go-isatty v0.0.24\n" + Rule + "\nIn the Windows build.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the notices lack %q", want)
		}
	}
}

func TestShortNames(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Apache License\nVersion 2.0, January 2004", "Apache-2.0"},
		{"MIT License\nPermission is hereby granted, free of charge, to any person", "Expat"},
		{"Redistribution and use in source and binary forms ... Neither the name of Google", "BSD-3-clause"},
		{"Redistribution and use in source and binary forms, with or without modification", "BSD-2-clause"},
		{"This Font Software is licensed under the SIL Open Font License, Version 1.1.", "OFL-1.1"},
		{"Bitstream Vera Fonts Copyright\nPermission is hereby granted, free of charge", "Bitstream-Vera"},
		{"This software is provided 'as-is', without any express or implied warranty.", "Zlib"},
		{"Permission to use, copy, modify, and/or distribute this software for any purpose", "ISC"},
		{"All rights reserved; ask us.", "other"},
	} {
		if got := shortName(tt.text); got != tt.want {
			t.Errorf("shortName(%.40q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

// Debian asks that the Apache licence be referred to, not copied; what surrounds a copy stays.
func TestWithoutApacheTermsKeepsTheRest(t *testing.T) {
	in := "Droid, Copyright 2010 Google.\n\n        Apache License\n    Version 2.0, January 2004\n\n" +
		apacheTerms + "\n1. Definitions.\n" + apacheEnd + "\n\nAPPENDIX: how to apply"
	got := withoutApacheTerms(in)
	if strings.Contains(got, "Definitions") || strings.Contains(got, apacheTerms) {
		t.Errorf("terms kept:\n%s", got)
	}
	for _, want := range []string{"Copyright 2010 Google.", apachePointer, "APPENDIX: how to apply"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q lost:\n%s", want, got)
		}
	}
}

var dep5Field = regexp.MustCompile(`^[A-Z][A-Za-z-]*: `)

// The copyright file is Debian's machine-readable format: paragraphs of fields, continuation
// lines indented, every Files paragraph with a Copyright and a License, the Linux build only.
func TestDebianCopyrightIsMachineReadable(t *testing.T) {
	cs := components(t)
	out := string(debian(cs, "MIT License\n\nCopyright (c) 2026 KAM Planner authors\n\nPermission is hereby granted, free of charge…"))
	paras := strings.Split(strings.TrimSuffix(out, "\n"), "\n\n")
	if !strings.HasPrefix(paras[0], "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n") {
		t.Fatalf("header: %s", paras[0])
	}
	files := 0
	for _, p := range paras[1:] {
		for _, l := range strings.Split(p, "\n") {
			if l == "" || (!dep5Field.MatchString(l) && !strings.HasPrefix(l, " ")) {
				t.Fatalf("line %q is neither a field nor a continuation", l)
			}
		}
		if !strings.HasPrefix(p, "Files: ") || !strings.Contains(p, "\nCopyright: ") || !strings.Contains(p, "\nLicense: ") {
			t.Fatalf("paragraph without Files, Copyright or License:\n%.300s", p)
		}
		files++
	}
	if strings.Contains(out, apacheTerms) || strings.Contains(out, "MinGW") {
		t.Error("the copyright file copies the Apache terms or names the Windows-only runtime")
	}
	if !strings.Contains(out, "Files: assets/fonts/DroidSansFallback*\nCopyright: 2006") || !strings.Contains(out, "Files: *\nCopyright: 2026 KAM Planner authors\nLicense: Expat\n") {
		t.Error("the fonts' or KAM Planner's own paragraph is missing")
	}
	if linux := countWhere(cs, "Linux"); files != linux+1 {
		t.Errorf("%d Files paragraphs for %d components of the Linux build", files, linux)
	}
}

func countWhere(cs []component, build string) int {
	n := 0
	for _, c := range cs {
		if strings.Contains(c.Where, build) {
			n++
		}
	}
	return n
}
