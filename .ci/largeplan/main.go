// Command largeplan writes the generated large plan (300 contacts, 500 actions, 50 KPIs ×
// 24 periods: domain/gen.LargePlan, the plan of the benchmarks) as a plan file for
// kamplan import-json, and prints its account's name. bench-process.sh times the whole
// command line on it.
package main

import (
	"fmt"
	"os"

	"kamplan/domain/gen"
	"kamplan/storage"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: largeplan FILE")
		os.Exit(2)
	}
	f := gen.LargePlan()
	data, err := storage.EncodePlanFile(f)
	if err == nil {
		err = os.WriteFile(os.Args[1], data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(f.Account.Name)
}
