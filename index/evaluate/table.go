package evaluate

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// Detail says how much of a report WriteTable shows.
type Detail int

const (
	// Figures shows the tables alone. A sealed split is scored this way:
	// nobody may read which of its questions, factions or events missed.
	Figures Detail = iota
	// Misses adds briefbot's misses, each with what it got instead.
	Misses
	// Verbose adds the baseline's misses and the unexpected factions and
	// events.
	Verbose
)

// WriteTable renders rep for a reader: one table per engine, with a row
// per briefing, per style and overall, then as much of the misses as
// detail asks for.
func WriteTable(w io.Writer, rep *Report, detail Detail) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	rows := rep.rows()
	width := 0
	for _, l := range rows {
		width = max(width, len(l.Name))
	}
	for i := range rows {
		rows[i].Name = fmt.Sprintf("%-*s", width, rows[i].Name)
	}
	writeRanking(tw, rows, rep.Overall.Baseline != nil)
	writeFactions(tw, rows)
	writeEvents(tw, rows)
	if err := tw.Flush(); err != nil {
		return err
	}
	if detail == Figures {
		return nil
	}
	return writeMisses(w, rep, detail == Verbose)
}

// rows are the briefings, then the styles, then the overall line.
func (rep *Report) rows() []Line {
	rows := append([]Line{}, rep.Briefings...)
	for _, s := range rep.Styles {
		s.Name = "style " + s.Name
		rows = append(rows, s)
	}
	return append(rows, Line{Name: "overall", Score: rep.Overall})
}

func writeRanking(w io.Writer, rows []Line, baseline bool) {
	head := "RANKING\tstyle\tquestions\tHit@1\tHit@3\tMRR\t"
	if baseline {
		head += "base Hit@1\tbase Hit@3\tbase MRR\t"
	}
	fmt.Fprintln(w, pad(rows, head))
	for _, l := range rows {
		fmt.Fprintf(w, "%s\t%s\t%d\t%s", l.Name, l.Style, l.Ranking.Questions, figures(l.Ranking))
		if l.Baseline != nil {
			fmt.Fprint(w, figures(*l.Baseline))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
}

func writeFactions(w io.Writer, rows []Line) {
	fmt.Fprintln(w, pad(rows, "FACTIONS\tstyle\tfound\tdescribed\tacronyms\tfalse\tunexpected\tlisted\t"))
	for _, l := range rows {
		f := l.Factions
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%d\t%d\t%d\t\n", l.Name, l.Style,
			frac(f.Found, f.Expected), frac(f.Described, f.Expected), frac(f.AcronymsRight, f.AcronymsGiven),
			f.False, f.Unexpected, f.Listed)
	}
	fmt.Fprintln(w)
}

func writeEvents(w io.Writer, rows []Line) {
	fmt.Fprintln(w, pad(rows, "EVENTS\tstyle\tdated right\tmisdated\tmissed\tfalse\tunexpected\tlisted\t"))
	for _, l := range rows {
		e := l.Events
		fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t\n", l.Name, l.Style,
			frac(e.Right, e.Expected), e.Misdated, e.Missed, e.False, e.Unexpected, e.Listed)
	}
	fmt.Fprintln(w)
}

// pad left-aligns a header's first cell with the (padded) row names.
func pad(rows []Line, head string) string {
	title, rest, _ := strings.Cut(head, "\t")
	return fmt.Sprintf("%-*s\t%s", len(rows[0].Name), title, rest)
}

// figures renders Hit@1, Hit@3 and MRR as table cells, "-" with no
// questions.
func figures(r Ranking) string {
	if r.Questions == 0 {
		return "-\t-\t-\t"
	}
	return fmt.Sprintf("%.3f\t%.3f\t%.3f\t", r.HitAt1(), r.HitAt3(), r.MRR())
}

// frac renders n of d as "7/9 78%", or "-" when nothing was expected.
func frac(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d %3.0f%%", n, d, 100*float64(n)/float64(d))
}

// writeMisses lists what each engine got wrong, with what it got instead.
func writeMisses(w io.Writer, rep *Report, verbose bool) error {
	var b strings.Builder
	o := rep.Overall
	section(&b, "ranking misses (rank 0: not in the top 20)", len(o.Ranking.Misses))
	for _, m := range o.Ranking.Misses {
		fmt.Fprintf(&b, "  %-24s rank %-2d %q (first: %s)\n", m.Briefing, m.Rank, m.Question, m.Top)
	}
	if verbose && o.Baseline != nil {
		section(&b, "baseline ranking misses", len(o.Baseline.Misses))
		for _, m := range o.Baseline.Misses {
			fmt.Fprintf(&b, "  %-24s rank %-2d %q (first: %s)\n", m.Briefing, m.Rank, m.Question, m.Top)
		}
	}
	section(&b, "faction misses", len(o.Factions.Misses))
	for _, m := range o.Factions.Misses {
		fmt.Fprintf(&b, "  %-24s %-13s %q want %q, got %s\n", m.Briefing, m.Problem, m.Query, m.Want, m.Got)
	}
	listNames(&b, "false factions (in not_groups)", o.Factions.FalseNames, true)
	listNames(&b, "unexpected factions", o.Factions.Unlooked, verbose)
	section(&b, "event misses (misdated: got …; missed: not on the timeline)", len(o.Events.Misses))
	for _, m := range o.Events.Misses {
		got := "missed"
		if len(m.Got) > 0 {
			got = "got " + strings.Join(m.Got, ", ")
		}
		fmt.Fprintf(&b, "  %-24s want %-12s %s  %q\n", m.Briefing, m.Want, got, m.TextHas)
	}
	listEvents(&b, "false events (in not_events)", o.Events.FalseEvents, true)
	listEvents(&b, "unexpected events", o.Events.Unlooked, verbose)
	_, err := io.WriteString(w, b.String())
	return err
}

func section(b *strings.Builder, title string, n int) {
	if n > 0 {
		fmt.Fprintf(b, "\n%s: %d\n", title, n)
	}
}

func listNames(b *strings.Builder, title string, ns []ListedName, show bool) {
	if !show {
		return
	}
	section(b, title, len(ns))
	for _, n := range ns {
		fmt.Fprintf(b, "  %-24s %s\n", n.Briefing, n.Name)
	}
}

func listEvents(b *strings.Builder, title string, es []ListedEvent, show bool) {
	if !show {
		return
	}
	section(b, title, len(es))
	for _, e := range es {
		fmt.Fprintf(b, "  %-24s %-12s %s\n", e.Briefing, e.Date, clip(e.Text, 110))
	}
}
