package index

import "github.com/briefbot/briefbot/index/internal/rank"

// smooth sets the context features of cs (see rank.Neighbours and
// rank.Section): the share of the plan's concepts held by each
// candidate with the candidates next to it, and by its section's
// heading with the candidates under that heading. Only candidates are
// read, so the cost stays that of the candidate set. The candidates'
// covered concepts must be known (features sets them).
func smooth(cs []candidate, pl plan, about map[string]map[string]bool) {
	n := len(pl.concepts)
	if n == 0 {
		return
	}
	byPara := map[string]map[int]bool{}    // docID → concepts held
	bySection := map[string]map[int]bool{} // headingKey → concepts held under it
	for i := range cs {
		byPara[cs[i].id] = cs[i].covered
		k := cs[i].heading
		if bySection[k] == nil {
			bySection[k] = headingConcepts(pl, about[k])
		}
		addAll(bySection[k], cs[i].covered)
	}
	for i := range cs {
		near := map[int]bool{}
		addAll(near, cs[i].covered)
		addAll(near, byPara[docID(cs[i].slug, cs[i].para-1)])
		addAll(near, byPara[docID(cs[i].slug, cs[i].para+1)])
		cs[i].features[rank.Neighbours] = float64(len(near)) / float64(n)
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
