package lang

//go:generate go test ./internal/genlang -run TestGenerate -generate

// Kind is the set of classes a key belongs to; one look-up answers every
// question about a word, which matters on corpora of 100,000 paragraphs.
type Kind uint16

// The classes of a key.
const (
	Place         Kind = 1 << iota // a country, subdivision, city or location
	People                         // a nationality, ethnic or religious community
	GroupNoun                      // a noun with a sense naming a group
	PersonNoun                     // a noun naming a kind of person
	LocationNoun                   // a noun whose first sense names a location
	OrgNoun                        // a noun whose first sense is a kind of organization
	StructureNoun                  // a noun whose first sense names a made thing (a building)
	OrgSenseNoun                   // a noun with any sense that is a kind of organization
	SchoolNoun                     // a noun with a sense that is an educational institution
	DocumentNoun                   // a noun whose two most frequent senses hold a legal document or agreement and no organization
	OrgName                        // the name or acronym of an organisation ("NATO", "Khmer Rouge")
	OrgNameStart                   // the first word of an OrgName key ("nato", "khmer")
	AssemblyNoun                   // a noun with a sense that is an assembly met for a common purpose
	Adverb                         // an adverb that is no noun and no verb ("often", "also", "simply")
	BodyNoun                       // a noun most of whose senses, weighted by rank, gather people into a body ("junta", "tribunal")
)

// Classify returns the classes of key, or 0 for a key no table holds.
// OrgNameStart is an index for IsOrgNameStart, not a class of the word,
// and is left out; so is Adverb, a part of speech rather than a class of
// name or noun, which IsAdverb answers.
func Classify(key string) Kind { return kindOf(key) &^ (OrgNameStart | Adverb) }

// Kinds returns every class of key, OrgNameStart included: the one
// look-up behind Classify and the Is… tests, for a caller that remembers
// its answers word by word.
func Kinds(key string) Kind { return kindOf(key) }

// Has reports whether k includes every class of c.
func (k Kind) Has(c Kind) bool { return k&c == c }

// IsPlace reports whether key names a country (short, official or former
// name), a country's subdivision, a city that names a time zone, or a
// location WordNet knows ("Côte d'Ivoire", "Lofa County", "Monrovia").
func IsPlace(key string) bool { return kindOf(key)&Place != 0 }

// IsPeople reports whether key names a nationality, ethnic or religious
// community or its adjective ("Lebanese", "Albanians", "Fulani").
func IsPeople(key string) bool { return kindOf(key)&People != 0 }

// IsGroupNoun reports whether the lower-case noun has a sense naming a
// group of people or an organisation ("council", "forces", "front").
func IsGroupNoun(word string) bool { return kindOf(word)&GroupNoun != 0 }

// IsPersonNoun reports whether the lower-case noun names a kind of person
// ("volunteer", "patriots", "commander").
func IsPersonNoun(word string) bool { return kindOf(word)&PersonNoun != 0 }

// IsLocationNoun reports whether the lower-case noun's first sense names a
// location ("district", "city", "front"): a name headed by one after a
// place name ("Haifa District") is a place, not an organisation.
func IsLocationNoun(word string) bool { return kindOf(word)&LocationNoun != 0 }

// IsOrgNoun reports whether the lower-case noun's first sense is a kind of
// organization ("army", "party", "council", "delegation"), not a place,
// a building or a gathering ("city", "palace", "line", "community").
func IsOrgNoun(word string) bool { return kindOf(word)&OrgNoun != 0 }

// IsPlaceNoun reports whether the lower-case noun's first sense names a
// location or a made thing such as a building ("city", "palace",
// "embassy"): a name it heads is more likely a place than a party.
func IsPlaceNoun(word string) bool { return kindOf(word)&(LocationNoun|StructureNoun) != 0 }

// IsOrgName reports whether key is the name or acronym WordNet gives an
// organisation, a political movement or a legislature ("nato", "warsaw
// pact", "kgb", "taliban", "knesset"): a general resource that knows a
// name no rule sees introduced, because the text takes it as known.
func IsOrgName(key string) bool { return kindOf(key)&OrgName != 0 }

// IsOrgNameStart reports whether the lower-case word opens a key
// IsOrgName holds: callers test it before building a longer key.
func IsOrgNameStart(word string) bool { return kindOf(word)&OrgNameStart != 0 }

// HasOrgSense reports whether the lower-case noun has any sense that is a
// kind of organization ("front", "state", not "city", "town").
func HasOrgSense(word string) bool { return kindOf(word)&OrgSenseNoun != 0 }

// IsAdverb reports whether the lower-case word is an adverb WordNet lists
// as no noun and no verb ("often", "also", "simply", "later"; not "still"
// or "now"): a word between a subject or "and" and a verb that only
// qualifies the verb.
func IsAdverb(word string) bool { return kindOf(word)&Adverb != 0 }

// IsAssemblyNoun reports whether the lower-case noun has a sense that is
// an assembly met for a common purpose (WordNet assembly.n.04 and below):
// "assembly", "chamber", "house" and "council" name a body that sits as
// well as the room or building it sits in.
func IsAssemblyNoun(word string) bool { return kindOf(word)&AssemblyNoun != 0 }

// IsDocumentNoun reports whether the lower-case noun names a legal
// document or an agreement by one of its two most frequent senses and an
// organization by neither ("law", "act", "pact", "treaty", "agreement",
// "deal"; not "convention", an assembly first): a name it heads is a
// document more often than a party.
func IsDocumentNoun(word string) bool { return kindOf(word)&DocumentNoun != 0 }

// IsBodyNoun reports whether the lower-case noun is a body of people by
// the weight of its senses: most of them, each weighted by the inverse of
// its rank in WordNet's order of frequency, are kinds of social group
// that are no mere gathering ("junta", "tribunal", "ministry"; not
// "cabinet", furniture first, nor "crowd").
func IsBodyNoun(word string) bool { return kindOf(word)&BodyNoun != 0 }

// IsSchoolNoun reports whether the lower-case noun has a sense that is an
// educational institution ("university", "college", "seminary"). A name
// it heads is a place where things happen to people ("marched on the
// People's Friendship University") more often than a party that acts.
func IsSchoolNoun(word string) bool { return kindOf(word)&SchoolNoun != 0 }
