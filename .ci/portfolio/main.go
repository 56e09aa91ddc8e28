// Command portfolio writes a database of N generated accounts with a plan each
// (domain/gen.Portfolio, the portfolio of the home's benchmarks). bench-process.sh starts
// the desktop on it to time the home of 1,000 accounts as a person sees it.
package main

import (
	"context"
	"fmt"
	"os"
	"strconv"

	"kamplan/domain/gen"
	"kamplan/storage"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: portfolio N DATABASE")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[1])
	if err == nil {
		err = write(n, os.Args[2])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "portfolio:", err)
		os.Exit(1)
	}
}

func write(n int, path string) error {
	s, err := storage.OpenNoSeed(path)
	if err != nil {
		return err
	}
	defer s.Close()
	for _, f := range gen.Portfolio(n) {
		data, err := storage.EncodePlanFile(f)
		if err != nil {
			return err
		}
		if _, err := s.ImportJSON(context.Background(), data, false); err != nil {
			return err
		}
	}
	return nil
}
