package index

import "github.com/briefbot/briefbot/index/internal/rank"

// smooth sets the section feature of cs (see rank.Section): the share
// of the plan's concepts held by a candidate's section heading with the
// candidates under that heading. Only candidates are read, so the cost
// stays that of the candidate set. The candidates' covered concepts must
// be known (features sets them).
func smooth(cs []candidate, pl plan, about map[string]map[string]bool) {
	n := len(pl.concepts)
	if n == 0 {
		return
	}
	bySection := map[string]map[int]bool{} // headingKey → concepts held under it
	for i := range cs {
		k := cs[i].heading
		if bySection[k] == nil {
			bySection[k] = headingConcepts(pl, about[k])
		}
		addAll(bySection[k], cs[i].covered)
	}
	for i := range cs {
		if cs[i].section != "" || cs[i].heading != headingKey(cs[i].slug, "") {
			cs[i].features[rank.Section] = float64(len(bySection[cs[i].heading])) / float64(n)
		}
	}
}

// headingConcepts are the plan's concepts a heading's terms hold.
func headingConcepts(pl plan, heading map[string]bool) map[int]bool {
	out := map[int]bool{}
	for ci, c := range pl.concepts {
		if holdsAny(heading, func(t string) bool { return c.exact[t] || c.wide[t] }) {
			out[ci] = true
		}
	}
	return out
}

// addAll adds every key of from to to.
func addAll(to, from map[int]bool) {
	for k := range from {
		to[k] = true
	}
}
