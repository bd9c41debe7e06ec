//go:build !race

package index

// raceDetector: see race_test.go.
const raceDetector = false
