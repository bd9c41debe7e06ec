//go:build race

package main

// raceDetector reports whether the tests were built with -race. Tests that
// only measure ranking quality, single-threaded and deterministic, skip
// under it: the detector finds nothing in them and slows them tenfold.
// .ci/run runs them without it.
const raceDetector = true
