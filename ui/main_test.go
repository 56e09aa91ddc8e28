package ui

import (
	"os"
	"testing"
	"time"
)

// TestMain keeps the pause-in-typing timers from firing during the tests: under the test driver
// fyne.Do runs a timer's callback on the timer's goroutine, beside the test's own. The tests
// commit and save the way a person's pause would, by leaving the field and flushing.
func TestMain(m *testing.M) {
	saveDelay = time.Hour
	os.Exit(m.Run())
}
