//go:build race

package corpus

// raceEnabled relaxes timing checks under the race detector.
const raceEnabled = true
