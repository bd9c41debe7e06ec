//go:build race

package corpus

// raceEnabled: timing tests are meaningless under the race detector.
const raceEnabled = true
