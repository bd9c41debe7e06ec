package timelinechart

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/corpus"
)

func TestTimeTicks(t *testing.T) {
	tests := []struct {
		name      string
		from, to  corpus.Date
		wantFirst string // the first labelled tick
		wantUnit  string // "day", "month" or "year": what every label names
	}{
		{"ten days", day(2013, 1, 8), day(2013, 1, 18), "9 Jan\n2013", "day"},    // every other day
		{"seven weeks", day(2013, 1, 1), day(2013, 2, 18), "3 Jan\n2013", "day"}, // weekly
		{"eight months", day(2012, 6, 15), day(2013, 2, 1), "Jul\n2012", "month"},
		{"three years", day(2010, 3, 1), day(2013, 2, 1), "Jul\n2010", "month"},
		{"thirty years", day(1990, 1, 1), day(2020, 1, 1), "1990", "year"},
		{"three centuries", day(1700, 1, 1), day(2000, 1, 1), "1700", "year"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lo, _ := dateSpan(tt.from)
			_, hi := dateSpan(tt.to)
			var labels []string
			prev := -1e18
			for _, tk := range timeTicks(lo, hi) {
				if tk.Value < lo || tk.Value > hi {
					t.Errorf("tick %q at %v is outside [%v, %v]", tk.Label, tk.Value, lo, hi)
				}
				if tk.Label == "" {
					continue
				}
				if tk.Value <= prev {
					t.Errorf("labelled ticks out of order at %q", tk.Label)
				}
				prev = tk.Value
				labels = append(labels, tk.Label)
			}
			if len(labels) < 2 || len(labels) > maxTickLabels {
				t.Fatalf("labels %q: want 2 to %d", labels, maxTickLabels)
			}
			if labels[0] != tt.wantFirst {
				t.Errorf("first label %q, want %q (all: %q)", labels[0], tt.wantFirst, labels)
			}
			for _, l := range labels {
				if unitOf(l) != tt.wantUnit {
					t.Errorf("label %q names a %s, want a %s", l, unitOf(l), tt.wantUnit)
				}
			}
		})
	}
}

// unitOf says what a tick label names: "2013" a year, "Jan" a month,
// "8 Jan" a day.
func unitOf(label string) string {
	first := strings.Split(label, "\n")[0]
	switch {
	case strings.Contains(first, " "):
		return "day"
	case first[0] >= '0' && first[0] <= '9':
		return "year"
	}
	return "month"
}

func TestShortLabel(t *testing.T) {
	chars := func(s string) float64 { return float64(len([]rune(s))) }
	tests := []struct {
		in   string
		max  float64
		want string
	}{
		{"On 9 January, the authority closed the gates.", 100, "The authority closed the gates"},
		{"In late 2030, farmers downstream blocked the road.", 100, "Farmers downstream blocked the road"},
		{"The following day, the union called a strike.", 100, "The union called a strike"},
		{"However, several days later, a mediator arrived from the capital.", 100, "A mediator arrived from the capital"},
		{"By February, the guard had seized three barges.", 100, "The guard had seized three barges"},
		// Not a time setting: a participle, and a phrase with a name.
		{"Using their funds, the rebels bought boats.", 100, "Using their funds, the rebels bought boats"},
		{"Delta Guard officers, the report says, fled north.", 100, "Delta Guard officers, the report says, fled north"},
		// Too little would be left after the comma.
		{"In 2030, talks failed.", 100, "In 2030, talks failed"},
		// A date opening the sentence without a comma.
		{"In 2015 the assembly agreed to a special court.", 100, "The assembly agreed to a special court"},
		{"On 17 January 2031 the rebels attacked the port.", 100, "The rebels attacked the port"},
		{"In March the rebels attacked the port.", 100, "The rebels attacked the port"},
		{"Throughout 2031 the rebels held the port.", 100, "Throughout 2031 the rebels held the port"},
		{"From 9 April until 10 June rebel units tried to open a corridor.", 100, "Rebel units tried to open a corridor"},
		{"In 2003 the army took the town.", 100, "The army took the town"},
		// Cut at a word, never mid-word, with an ellipsis, keeping three words.
		{"On 9 January, the authority closed the northern gates.", 28, "The authority closed the…"},
		{"On 9 January, the authority closed the northern gates.", 20, ""},
		{"Unbreakablewordthatistoolong", 10, "Unbreakab…"},
	}
	for _, tt := range tests {
		if got := shortLabel(tt.in, tt.max, chars); got != tt.want {
			t.Errorf("shortLabel(%q, %v) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestAssignLanes(t *testing.T) {
	names := func(ls []laneInfo) string {
		var out []string
		for _, l := range ls {
			out = append(out, fmt.Sprintf("%s:%d", l.name, l.count))
		}
		return strings.Join(out, " ")
	}
	tests := []struct {
		name     string
		events   []corpus.Event
		maxLanes int
		want     string
		wantLane []int
	}{
		{"most named first, ties by first mention", []corpus.Event{
			ev(day(2030, 1, 1), "a", "B"), ev(day(2030, 1, 2), "b", "A", "B"), ev(day(2030, 1, 3), "c", "C"),
		}, 5, "B:2 A:1 C:1", []int{0, 1, 2}},
		{"a faction named only beside a rarer one has no lane", []corpus.Event{
			ev(day(2030, 1, 1), "a", "A", "B"), ev(day(2030, 1, 2), "b", "A", "B"), ev(day(2030, 1, 3), "c", "A", "C"),
		}, 5, "B:2 C:1", []int{0, 0, 1}},
		{"the rest go to Other", []corpus.Event{
			ev(day(2030, 1, 1), "a", "A"), ev(day(2030, 1, 2), "b", "A"), ev(day(2030, 1, 3), "c", "B"), ev(day(2030, 1, 4), "d", "C"),
		}, 2, "A:2 Other:2", []int{0, 0, 1, 1}},
		{"an event counts once per faction", []corpus.Event{
			ev(day(2030, 1, 1), "a", "A", "A"), ev(day(2030, 1, 2), "b", "B"), ev(day(2030, 1, 3), "c", "B"),
		}, 5, "B:2 A:1", []int{1, 0, 0}},
		{"no faction named", []corpus.Event{ev(day(2030, 1, 1), "a"), ev(day(2030, 1, 2), "b")}, 5, "Events:2", []int{0, 0}},
		{"unnamed events join Other", []corpus.Event{ev(day(2030, 1, 1), "a", "A"), ev(day(2030, 1, 2), "b")}, 5, "A:1 Other:1", []int{0, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := makeItems(tt.events, EventEnd)
			lanes := assignLanes(items, tt.maxLanes)
			if got := names(lanes); got != tt.want {
				t.Errorf("lanes %s, want %s", got, tt.want)
			}
			for i, it := range items {
				if it.lane != tt.wantLane[i] {
					t.Errorf("event %d in lane %d, want %d", i, it.lane, tt.wantLane[i])
				}
			}
		})
	}
}
