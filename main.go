// Command kamplan is KAM Planner: account plans for key account managers, offline.
package main

import (
	"os"

	"kamplan/ui"
	"kamplan/ui/cli"
)

func main() { os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr, ui.Run)) }
