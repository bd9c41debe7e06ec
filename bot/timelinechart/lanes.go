package timelinechart

import (
	"cmp"
	"slices"
)

// Lane names used when an event's factions have no lane of their own.
const (
	otherLane = "Other"
	allLane   = "Events" // the only lane, when no event names a faction
)

// laneInfo describes a lane before layout.
type laneInfo struct {
	name  string
	other bool // collects events of factions without a lane, and of none
	count int  // events naming the faction; for "Other", events it holds
}

// assignLanes gives the factions mentioned most often a lane each, up to
// maxLanes, and puts the rest in "Other". Ties go to the faction
// mentioned first, so the order is stable. Each item's lane is its
// highest-ranked faction's; the lanes of its other factions get a tick.
func assignLanes(items []item, maxLanes int) []laneInfo {
	ranked, count := rankGroups(items)
	needOther := len(ranked) > maxLanes
	for _, it := range items {
		if len(it.groups) == 0 {
			needOther = true
		}
	}
	n := min(len(ranked), maxLanes)
	if needOther && n == maxLanes {
		n--
	}
	lanes := make([]laneInfo, 0, n+1)
	index := map[string]int{}
	for _, g := range ranked[:n] {
		index[g] = len(lanes)
		lanes = append(lanes, laneInfo{name: g, count: count[g]})
	}
	if needOther {
		name := otherLane
		if n == 0 {
			name = allLane
		}
		lanes = append(lanes, laneInfo{name: name, other: true})
	}
	for i := range items {
		placeInLanes(&items[i], index, len(lanes)-1)
		if needOther && items[i].lane == len(lanes)-1 {
			lanes[len(lanes)-1].count++
		}
	}
	return dropEmptyLanes(lanes, items)
}

// dropEmptyLanes removes lanes that carry no event of their own (a
// faction only ever named beside a less frequent one) and renumbers the
// items' lanes; the ticks for such a faction go with its lane.
func dropEmptyLanes(lanes []laneInfo, items []item) []laneInfo {
	used := make([]bool, len(lanes))
	for _, it := range items {
		used[it.lane] = true
	}
	newIndex := make([]int, len(lanes))
	var kept []laneInfo
	for i, l := range lanes {
		newIndex[i] = -1
		if used[i] {
			newIndex[i] = len(kept)
			kept = append(kept, l)
		}
	}
	for i := range items {
		it := &items[i]
		it.lane = newIndex[it.lane]
		also := it.alsoIn[:0]
		for _, l := range it.alsoIn {
			if newIndex[l] >= 0 {
				also = append(also, newIndex[l])
			}
		}
		it.alsoIn = also
	}
	return kept
}

// placeInLanes sets it.lane and it.alsoIn from its factions' lanes: the
// lane of its least named faction carries it, so that each faction's lane
// shows what is told of it beyond the main actors, and the busiest lane
// does not take every shared event. An item with none goes to the last
// lane, which is then "Other".
func placeInLanes(it *item, index map[string]int, last int) {
	var in []int
	for _, g := range it.groups {
		if l, ok := index[g]; ok && !slices.Contains(in, l) {
			in = append(in, l)
		}
	}
	if len(in) == 0 {
		it.lane = last
		return
	}
	slices.Sort(in)
	n := len(in) - 1
	it.lane, it.alsoIn = in[n], in[:n]
}

// rankGroups orders the factions by how many events mention them, most
// first, ties by first mention, and returns the counts.
func rankGroups(items []item) ([]string, map[string]int) {
	count := map[string]int{}
	var order []string
	for _, it := range items {
		for i, g := range it.groups {
			if slices.Contains(it.groups[:i], g) {
				continue // an event counts once per faction
			}
			if count[g] == 0 {
				order = append(order, g)
			}
			count[g]++
		}
	}
	slices.SortStableFunc(order, func(a, b string) int { return cmp.Compare(count[b], count[a]) })
	return order, count
}
