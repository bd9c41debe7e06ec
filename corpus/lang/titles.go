package lang

// IsTitleAbbrev reports whether w, lower case and without its full
// stop, is an English title of address, rank or office written short,
// which stands before a person's name: "Mr. Vell", "Gen. Otis", "the
// Hon. Mahinda Rajapaksa", "the Rt. Hon. Member", "the Rev. Martin
// Luther King", "Supt. Omar", "Insp. Ali". Its full stop, when it has
// one, is the abbreviation's and ends no sentence, and the name after it
// is a person's.
//
// The table is typed by hand, not generated: WordNet lists only a few of
// these forms (Mr., Mrs., Dr.), and the class is closed, as English
// titles are. It holds the abbreviations style guides give for courtesy
// titles (with the French ones English prints), the ranks of the armed
// services and the police, the offices of legislators and governors,
// and the clergy's titles.
func IsTitleAbbrev(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", // courtesy
		"gen", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm", "brig", "cpl", "pte", "supt", "insp", // ranks
		"rep", "sen", "gov", "pres", "hon", "rt", // offices
		"rev", "fr": // the clergy
		return true
	}
	return false
}
