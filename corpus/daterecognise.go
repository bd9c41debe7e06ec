package corpus

// This file holds the date scanner's grammar as two ordered tables of
// recognisers, each reading one form of temporal expression at a token.
// parse tries them at every token, after any modifier ("early", "the
// end of"): the first that reads something wins, so a more specific
// form comes before one that would read a part of it.

// scanAt is where a recogniser reads.
type scanAt struct {
	j        int  // the token the expression would start at
	from     int  // where the whole expression starts, before any modifier: the word before it is its context
	modified bool // a modifier came before j
}

// recogniser reads one form of temporal expression at at, returning it
// with the index of the token after it, or nil and 0.
type recogniser func(s *dateScanner, at scanAt) (*dateExpr, int)

// relativeForms are the expressions counted from the narrative's latest
// date, read only where an expression may start (not inside "two days
// after …", whose base is read as a calendar date). In the order tried:
func relativeForms() [9]recogniser {
	return [...]recogniser{
		(*dateScanner).relativeNeighbour, // "the following day", "the next week", "the day after"
		(*dateScanner).nextYears,         // "over the next two years"
		(*dateScanner).nextDays,          // "over the next four days"
		(*dateScanner).daysAfter,         // "in the days after the signing", "in the weeks that followed"
		(*dateScanner).ordinalDay,        // "the third day of the offensive"
		(*dateScanner).relativeSameDay,   // "the same day", "that night", "hours later", "in the afternoon", "at dusk"
		(*dateScanner).within,            // "within two days", "within weeks"
		(*dateScanner).inTime,            // "in two weeks", "in three days' time"
		(*dateScanner).counted,           // "two days later", "weeks after the coup", "two years ago"
	}
}

// absoluteForms are the expressions counted from the moment of writing,
// in digits, named by a phrase, and calendar dates. In the order tried:
func absoluteForms() [15]recogniser {
	return [...]recogniser{
		(*dateScanner).holiday,        // "on Christmas Day", "New Year's Eve 1999"
		(*dateScanner).weekend,        // "over the weekend", "last weekend"
		(*dateScanner).weekday,        // "on Tuesday", "last Friday", "Monday night"
		(*dateScanner).nowWord,        // "today", "this morning", "yesterday", "overnight"
		(*dateScanner).thisWeek,       // "earlier this week", "last week", "next week"
		(*dateScanner).numeric,        // "2013-01-10", "31/12/2013"
		(*dateScanner).refMonthOrYear, // "last March", "this year", "the following March"
		(*dateScanner).yearNamed,      // "that year", "the following year"
		(*dateScanner).clausePeriod,   // "(by the end of) the year", "(at the end of) the month"
		(*dateScanner).season,         // "the summer of 2011", "spring 2012", "that winter"
		(*dateScanner).monthFirst,     // "January 11, 2013", "Sept. 28", "March 2007", "June"
		(*dateScanner).dayFirst,       // "24 March 2013", "3–5 March 2013", "19th of December"
		(*dateScanner).yearSpan,       // "2004–2012", "1992–95"
		(*dateScanner).decade,         // "the 1990s", "the late 1960s"
		(*dateScanner).bareYear,       // "in 2003", "early 2012"
	}
}

// firstOf returns the first expression one of forms reads at at, with
// the index of the token after it, or nil and 0.
func (s *dateScanner) firstOf(forms []recogniser, at scanAt) (*dateExpr, int) {
	for _, read := range forms {
		if e, next := read(s, at); e != nil {
			return e, next
		}
	}
	return nil, 0
}
