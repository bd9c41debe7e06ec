package lang

import "slices"

//go:generate go run ./internal/genlang -o tables.go

// IsPlace reports whether key names a country (short, official or former
// name), a country's subdivision, a city that names a time zone, or a
// location WordNet knows ("Côte d'Ivoire", "Lofa County", "Monrovia").
func IsPlace(key string) bool { return has(places, key) }

// IsPeople reports whether key names a nationality, ethnic or religious
// community or its adjective ("Lebanese", "Albanians", "Fulani").
func IsPeople(key string) bool { return has(peoples, key) }

// IsGroupNoun reports whether the lower-case noun has a sense naming a
// group of people or an organisation ("council", "forces", "front").
func IsGroupNoun(word string) bool { return has(groupNouns, word) }

// IsPersonNoun reports whether the lower-case noun names a kind of person
// ("volunteer", "patriots", "commander").
func IsPersonNoun(word string) bool { return has(personNouns, word) }

// IsLocationNoun reports whether the lower-case noun's first sense names a
// location ("district", "city", "front"): a name headed by one after a
// place name ("Haifa District") is a place, not an organisation.
func IsLocationNoun(word string) bool { return has(locationNouns, word) }

func has(table []string, key string) bool {
	_, ok := slices.BinarySearch(table, key)
	return ok
}
