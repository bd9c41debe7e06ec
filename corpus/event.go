package corpus

// Event is a sentence of a briefing that places something at a time.
type Event struct {
	Date   Date     // when; see Date for precision and modifiers
	Text   string   // the sentence, verbatim
	Ref    Ref      // where it is said
	Groups []string // names of the factions it mentions
}

// Date is a resolved calendar date of reduced precision.
type Date struct {
	Year, Month, Day int
	Precision        Precision
	Modifier         string // "", "early", "mid", "late" or "approx"
	Scheduled        bool   // announced for the future
}

// Precision says which fields of a Date are known.
type Precision int

const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

// extractEvents finds the dated events of every briefing. (Issue #4.)
func extractEvents(bs []*Briefing) []Event { return nil }

// linkEvents records on each faction the events that mention it.
func linkEvents(c *Corpus) {}
