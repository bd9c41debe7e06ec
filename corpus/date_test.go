package corpus

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestParseDateImpossible checks that a well-formed date naming no real
// day says which day and why, not that the format is wrong.
func TestParseDateImpossible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2013-02-30", "2013-02-30: February 2013 has 28 days"},
		{"2013-02-29", "2013-02-29: February 2013 has 28 days"},
		{"2012-04-31", "2012-04-31: April 2012 has 30 days"},
		{"2012-01-00", "2012-01-00: January 2012 has 31 days"},
		{"2012-13", "2012-13: there is no month 13; months run 01 to 12"},
	}
	for _, tt := range tests {
		_, err := ParseDate(tt.in)
		if err == nil || err.Error() != tt.want || !errors.Is(err, ErrImpossibleDate) || !errors.Is(err, ErrDateFormat) {
			t.Errorf("ParseDate(%q) = %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Date
		wantErr bool
	}{
		{"year", "2011", Date{Year: 2011, Precision: PrecisionYear}, false},
		{"month", "2012-06", Date{Year: 2012, Month: 6, Precision: PrecisionMonth}, false},
		{"day", "2013-01-10", Date{Year: 2013, Month: 1, Day: 10, Precision: PrecisionDay}, false},
		{"leap day", "2012-02-29", Date{Year: 2012, Month: 2, Day: 29, Precision: PrecisionDay}, false},
		{"not a leap year", "2013-02-29", Date{}, true},
		{"month 13", "2012-13", Date{}, true},
		{"month 0", "2012-00", Date{}, true},
		{"day 0", "2012-01-00", Date{}, true},
		{"short month", "2012-6", Date{}, true},
		{"two-digit year", "12", Date{}, true},
		{"slashes", "2012/06/01", Date{}, true},
		{"words", "June 2012", Date{}, true},
		{"empty", "", Date{}, true},
		{"trailing dash", "2012-", Date{}, true},
		{"too many parts", "2012-01-01-01", Date{}, true},
		{"sign", "+201-01", Date{}, true},
		{"year zero", "0000", Date{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.wantErr {
				if !errors.Is(err, ErrDateFormat) {
					t.Fatalf("ParseDate(%q) error = %v, want ErrDateFormat", tt.in, err)
				}
				if !strings.Contains(err.Error(), tt.in) {
					t.Errorf("error %q does not name the input", err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseDate(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
			}
			if got.String() != tt.in {
				t.Errorf("round trip: %q → %q", tt.in, got.String())
			}
		})
	}
}

func TestDateStringHuman(t *testing.T) {
	tests := []struct {
		name       string
		d          Date
		iso, human string
	}{
		{"day", Date{Year: 2013, Month: 1, Day: 10, Precision: PrecisionDay}, "2013-01-10", "10 Jan 2013"},
		{"month late", Date{Year: 2012, Month: 6, Precision: PrecisionMonth, Modifier: ModLate}, "2012-06", "late Jun 2012"},
		{"year", Date{Year: 2011, Precision: PrecisionYear}, "2011", "2011"},
		{"year early", Date{Year: 2012, Precision: PrecisionYear, Modifier: ModEarly}, "2012", "early 2012"},
		{"approx day", Date{Year: 2013, Month: 1, Day: 14, Precision: PrecisionDay, Modifier: ModApprox}, "2013-01-14", "c. 14 Jan 2013"},
		{"mid month", Date{Year: 2012, Month: 12, Precision: PrecisionMonth, Modifier: ModMid}, "2012-12", "mid Dec 2012"},
		{"old year padded", Date{Year: 700, Precision: PrecisionYear}, "0700", "700"},
		{"zero", Date{}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.String(); got != tt.iso {
				t.Errorf("String() = %q, want %q", got, tt.iso)
			}
			if got := tt.d.Human(); got != tt.human {
				t.Errorf("Human() = %q, want %q", got, tt.human)
			}
		})
	}
}

func TestAddDays(t *testing.T) {
	tests := []struct {
		name       string
		y, m, d, n int
		want       [3]int
	}{
		{"same month", 2013, 1, 10, 1, [3]int{2013, 1, 11}},
		{"month end", 2013, 1, 31, 1, [3]int{2013, 2, 1}},
		{"leap", 2012, 2, 28, 1, [3]int{2012, 2, 29}},
		{"not leap", 2013, 2, 28, 1, [3]int{2013, 3, 1}},
		{"year end", 2012, 12, 31, 1, [3]int{2013, 1, 1}},
		{"backwards over year", 2013, 1, 1, -1, [3]int{2012, 12, 31}},
		{"week", 2013, 1, 28, 7, [3]int{2013, 2, 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			y, m, d := addDays(tt.y, tt.m, tt.d, tt.n)
			if got := [3]int{y, m, d}; got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// FuzzResolveDates feeds arbitrary paragraphs and reference dates through
// extraction and checks that nothing panics and that every event is a
// real, consistently precise date quoted from the paragraph.
// yearless is ISO 8601's form of a date without a year.
var yearless = regexp.MustCompile(`^--(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$`)

func FuzzResolveDates(f *testing.F) {
	f.Add("On January 10, militants captured Konna. The following day, France intervened.", 2013, 1, 25)
	f.Add("Last March, officers removed the president. By April, a state was declared.", 2013, 1, 25)
	f.Add("On Januray 19, the siege ended. Two days after the election, bombers attacked.", 2012, 10, 5)
	f.Add("“In 2003 we crossed,” he said. In late 2011, fighters returned; from 2004 until August 2012.", 2014, 1, 8)
	f.Add("Rebels attacked on December 31, 9999. The next day the army responded.", 9999, 12, 31)
	f.Add("the day after the day after the day after 31 Feb. Sept. 2 of the following year", 1, 1, 1)
	// Ranges, anchors on the moment of writing, numeric dates, datelines
	// and chronology entries.
	f.Add("Between 15 and 24 July, 3–5 March 2013, from 1996 until 2006 and Oct. 26-28; 2004–2012.", 2013, 6, 1)
	f.Add("NAIROBI, Jan. 3 (Wire) — Rebels attacked on Tuesday and yesterday; talks will open on Monday.", 1, 1, 1)
	f.Add("GANJA, Azerbaijan, Dec. 31 — Officials said today that the strike came last night, last week.", 2020, 1, 2)
	f.Add("On 2013-01-10 and 31/12/2013, but not 3/5/2013 or 99/99/2013, 2013-13-45 or 0000-00-00.", 2013, 12, 31)
	f.Add("**March 2–3** — Gunmen storm the prison. The government declares an emergency.", 0, 0, 0)
	f.Add("Had the army been deployed in 1996, it might have won; the village had been the site of a raid in 1990.", 2006, 7, 12)
	f.Add("On 29 February the talks ended. Hours later, within hours, later in the day, they resumed.", 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, y, m, d int) {
		b := &Briefing{Slug: "f", Title: "F", Paragraphs: []Paragraph{{Number: 1, Text: text}}}
		if y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= monthDays(y, m) {
			b.Date = utcDate(y, m, d)
		}
		for _, e := range briefingEvents(b) {
			for _, x := range []Date{e.Date, e.End} {
				if x.IsZero() && x == e.End {
					continue
				}
				if !validDate(x) {
					t.Fatalf("invalid date %+v from %q", x, text)
				}
				if x.Year == 0 {
					if !yearless.MatchString(x.String()) {
						t.Fatalf("year-less date renders as %q", x.String())
					}
				} else if _, err := ParseDate(x.String()); err != nil {
					t.Fatalf("String() %q does not parse: %v", x.String(), err)
				}
			}
			if !e.End.IsZero() && (e.Date.Year == 0) != (e.End.Year == 0) {
				t.Fatalf("range %v to %v mixes a year-less end", e.Date, e.End)
			}
			if !e.End.IsZero() && compareDateKeys(e.End.end(), e.Date.start()) < 0 {
				t.Fatalf("range %v ends before it starts (%v)", e.Date, e.End)
			}
			_ = e.When()
			switch e.Date.Modifier {
			case "", ModEarly, ModMid, ModLate, ModApprox:
			default:
				t.Fatalf("bad modifier %q", e.Date.Modifier)
			}
			if !strings.Contains(text, e.Text) || e.Text == "" {
				t.Fatalf("event text %q is not quoted from the paragraph", e.Text)
			}
			_ = e.Date.Human()
		}
	})
}

func utcDate(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestHumanRange(t *testing.T) {
	day := func(y, m, d int) Date { return Date{Year: y, Month: m, Day: d, Precision: PrecisionDay} }
	month := func(y, m int) Date { return Date{Year: y, Month: m, Precision: PrecisionMonth} }
	year := func(y int) Date { return Date{Year: y, Precision: PrecisionYear} }
	tests := []struct {
		name     string
		from, to Date
		want     string
	}{
		{"single", day(2013, 3, 3), Date{}, "3 Mar 2013"},
		{"days of one month", day(2013, 3, 3), day(2013, 3, 5), "3–5 Mar 2013"},
		{"days across months", day(2024, 2, 28), day(2024, 3, 2), "28 Feb – 2 Mar 2024"},
		{"months", month(2003, 6), month(2003, 8), "Jun–Aug 2003"},
		{"years", year(1999), year(2003), "1999–2003"},
		{"across years", month(2012, 12), month(2013, 1), "Dec 2012 – Jan 2013"},
		{"mixed precision", Date{Year: 1998, Month: 2, Precision: PrecisionMonth, Modifier: ModLate}, day(1999, 6, 11), "late Feb 1998 – 11 Jun 1999"},
		{"year-less", Date{Month: 6, Day: 4, Precision: PrecisionDay}, Date{Month: 6, Day: 5, Precision: PrecisionDay}, "4–5 Jun"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HumanRange(tt.from, tt.to); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if got := (Date{Month: 3, Day: 4, Precision: PrecisionDay}).String(); got != "--03-04" {
		t.Errorf("year-less day renders %q, want --03-04", got)
	}
	if got := (Date{Month: 3, Precision: PrecisionMonth}).String(); got != "--03" {
		t.Errorf("year-less month renders %q, want --03", got)
	}
}
