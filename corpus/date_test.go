package corpus

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

// datesOf extracts the events of paragraphs written on ref and renders
// each as "DATE", "DATE/modifier" and "!" when scheduled, in document order.
func datesOf(t *testing.T, ref string, section []string, paras ...string) []string {
	t.Helper()
	b := &Briefing{Slug: "t", Title: "T"}
	if ref != "" {
		d, err := time.Parse(time.DateOnly, ref)
		if err != nil {
			t.Fatal(err)
		}
		b.Date = d
	}
	for i, p := range paras {
		par := Paragraph{Number: i + 1, Text: p}
		if i < len(section) {
			par.Section = section[i]
		}
		b.Paragraphs = append(b.Paragraphs, par)
	}
	var out []string
	for _, ev := range newDateExtractor().briefingEvents(b) {
		s := ev.Date.String()
		if ev.Date.Modifier != "" {
			s += "/" + ev.Date.Modifier
		}
		if ev.Date.Scheduled {
			s += "!"
		}
		out = append(out, s)
	}
	return out
}

func TestResolveDates(t *testing.T) {
	tests := []struct {
		name    string
		ref     string
		section []string // per paragraph; nil: all in one section
		paras   []string
		want    []string
	}{
		{"month day year", "2013-01-25", nil, []string{"It began on January 11, 2013."}, []string{"2013-01-11"}},
		{"day month year", "2013-04-02", nil, []string{"They entered on 24 March 2013."}, []string{"2013-03-24"}},
		{"day month no year", "2013-01-25", nil, []string{"On 19 December the rebels moved."}, []string{"2012-12-19"}},
		{"ordinal day", "2013-01-25", nil, []string{"On January 3rd the talks began."}, []string{"2013-01-03"}},
		{"abbreviated month", "2013-01-25", nil, []string{"Talks opened on Jan. 5 in Gabon."}, []string{"2013-01-05"}},
		{"sept abbreviation", "2013-01-25", nil, []string{"Protests began on Sept. 28 in the capital."}, []string{"2012-09-28"}},
		{"year alone", "2013-01-25", nil, []string{"In 2003, militants crossed the border."}, []string{"2003"}},
		{"by year", "2013-01-25", nil, []string{"The group by 2009 controlled the south."}, []string{"2009"}},
		{"late year", "2013-01-25", nil, []string{"In late 2011, fighters returned."}, []string{"2011/late"}},
		{"beginning of year", "2013-01-25", nil, []string{"Attacks resumed at the beginning of 2012."}, []string{"2012/early"}},
		{"end of year", "2013-01-25", nil, []string{"Troops left at the end of 2010."}, []string{"2010/late"}},
		{"early year", "2013-01-25", nil, []string{"Fighting flared in early 2012."}, []string{"2012/early"}},
		{"mid month", "2013-01-25", nil, []string{"In 2012 they formed. Towns fell in mid-December."}, []string{"2012", "2012-12/mid"}},
		{"month year", "2012-10-05", nil, []string{"AMISOM deployed in March 2007."}, []string{"2007-03"}},
		{"last month", "2013-01-25", nil, []string{"Last March, officers removed the president."}, []string{"2012-03"}},
		{"last month same as reference month", "2013-03-10", nil, []string{"Last March, officers rebelled."}, []string{"2012-03"}},
		{"last month earlier this year", "2013-06-10", nil, []string{"Last March, officers rebelled."}, []string{"2013-03"}},
		{"month from narrative year", "2013-01-25", nil, []string{"They attacked in 2012.", "By April, they had won."}, []string{"2012", "2012-04"}},
		{"late month", "2013-01-25", nil, []string{"In 2012 they rose. In late June they fought at Gao."}, []string{"2012", "2012-06/late"}},
		{"of that year", "2012-10-05", nil, []string{"In 2006 the courts rose. Ethiopia invaded in December of that year."}, []string{"2006", "2006-12"}},
		{"of that year without a year", "2012-10-05", nil, []string{"Ethiopia invaded in December of that year."}, nil},
		{"misspelt month", "2013-01-25", nil, []string{"On Januray 19, the siege ended."}, []string{"2013-01-19"}},
		{"misspelt month deletion", "2013-01-25", nil, []string{"On Janury 19, the siege ended."}, []string{"2013-01-19"}},
		{"misspelt month needs a number", "2013-01-25", nil, []string{"Januray was cold."}, nil},
		{"year roll-over", "2013-01-04", nil, []string{"On December 20, rebels took Bor."}, []string{"2012-12-20"}},
		{"no roll-over for scheduled", "2013-01-25", nil, []string{"A summit will be held on January 29."}, []string{"2013-01-29!"}},
		{"scheduled next year", "2013-02-10", nil, []string{"A summit is scheduled to meet on January 29."}, []string{"2014-01-29!"}},
		{"scheduled ignores the narrative year", "2013-01-25", nil, []string{"In 2003 they came. A summit will be held on January 29."}, []string{"2003", "2013-01-29!"}},
		{"scheduled renewal", "2012-10-05", nil, []string{"The mandate comes up for renewal in March 2013."}, []string{"2013-03!"}},
		{"past with future verb is not scheduled", "2012-10-05", nil, []string{"Donors who pledged in February 2012 will be watching."}, []string{"2012-02"}},
		{"following day", "2013-01-25", nil, []string{"On January 10, they attacked. The following day, France answered."}, []string{"2013-01-10", "2013-01-11"}},
		{"following night", "2012-10-05", nil, []string{"On September 28, troops landed. The militants fled the following night."}, []string{"2012-09-28", "2012-09-29"}},
		{"same day", "2012-10-05", nil, []string{"They took Baidoa on February 22, 2012. On the same day the UN acted."}, []string{"2012-02-22", "2012-02-22"}},
		{"days after", "2012-10-05", nil, []string{"The vote on September 10 ended it. Two days after the election, bombers struck."}, []string{"2012-09-10", "2012-09-12"}},
		{"several days later", "2013-01-25", nil, []string{"On January 11, France intervened. However, several days later, Diabaly fell."}, []string{"2013-01-11", "2013-01-14/approx"}},
		{"relative within sentence", "2013-04-02", nil, []string{"Talks opened on Jan. 8, and a deal was signed three days later."}, []string{"2013-01-08", "2013-01-11"}},
		{"relative counts from the latest date", "2012-10-05", nil, []string{"The vote on September 10 ended a term that expired on August 20. Two days after the election, bombers struck."}, []string{"2012-09-10", "2012-08-20", "2012-09-12"}},
		{"relative day crosses a month", "2013-04-02", nil, []string{"On January 31, they met. The following day, they signed."}, []string{"2013-01-31", "2013-02-01"}},
		{"relative day crosses a year", "2013-04-02", nil, []string{"On December 31, 2012, they met. The following day, they signed."}, []string{"2012-12-31", "2013-01-01"}},
		{"relative without anchor", "2013-01-25", nil, []string{"The following day, France answered."}, nil},
		{"relative does not cross paragraphs", "2013-01-25", nil, []string{"On January 10, they attacked.", "The following day, France answered."}, []string{"2013-01-10"}},
		{"relative from a month is undated", "2013-01-25", nil, []string{"In March 2012 they rose. The following day, France answered."}, []string{"2012-03"}},
		{"explicit date wins in sentence", "2013-01-25", nil, []string{"On January 10, they attacked. On January 12, the following day by some accounts, France answered."}, []string{"2013-01-10", "2013-01-12"}},
		{"two happenings", "2013-01-25", nil, []string{"As of January 22, trainers have arrived, and a summit will be held on January 29."}, []string{"2013-01-22", "2013-01-29!"}},
		{"since is a reference point", "2012-10-05", nil, []string{"For the first time since 1991, the country has a president."}, nil},
		{"until is a bound", "2013-01-25", nil, []string{"They did not attack until the beginning of 2012."}, nil},
		{"before a year", "2013-01-25", nil, []string{"Few had heard of them before 2011."}, nil},
		{"after a date", "2013-01-25", nil, []string{"Shortly after January 10, prices rose."}, nil},
		{"prior to", "2013-01-25", nil, []string{"The state lasted prior to 2001."}, nil},
		{"quoted speech", "2013-01-25", nil, []string{"He said: “We took the town on January 5.”"}, nil},
		{"straight quotes", "2013-01-25", nil, []string{`He said: "We took the town on January 5."`}, nil},
		{"sentence opening with a quote", "2014-03-10", nil, []string{`"We will defend them," Putin said on March 4.`}, nil},
		{"multi-sentence quote", "2013-01-25", nil, []string{"“It began in Afghanistan. We left in 2001. It could print passports.”"}, nil},
		{"question", "2013-01-25", nil, []string{"Will they hold elections in 2016?"}, nil},
		{"hypothetical", "2013-01-25", nil, []string{"If the deal fails in March 2013, war resumes."}, nil},
		{"could", "2013-01-25", nil, []string{"The transition could end in 2015."}, nil},
		{"may the month", "2013-01-25", nil, []string{"Elections were held in May 2012."}, []string{"2012-05"}},
		{"may the verb", "2013-01-25", nil, []string{"The crisis may continue in 2012."}, []string{"2012"}},
		{"numbers are not years", "2013-01-25", nil, []string{"Some 2000 troops and 17,731 police arrived."}, nil},
		{"invalid day", "2013-01-25", nil, []string{"On February 30, 2012, nothing happened."}, nil},
		{"no reference date and no year", "", nil, []string{"On January 10, they attacked."}, nil},
		{"no reference date with year", "", nil, []string{"On January 10, 2013, they attacked."}, []string{"2013-01-10"}},
		{"narrative year ends after undated paragraph", "2013-01-25", nil, []string{"They attacked in 2012.", "Nothing placed in time here.", "As of January 22, trainers arrived."}, []string{"2012", "2013-01-22"}},
		{"narrative year ends at a new section", "2013-01-25", []string{"A", "B"}, []string{"They attacked in 2012.", "On January 22, trainers arrived."}, []string{"2012", "2013-01-22"}},
		{"narrative year never goes past the reference", "2013-01-25", nil, []string{"In 2013 the war came. In June they fought."}, []string{"2013", "2012-06"}},
		{"day of month", "2013-01-25", nil, []string{"On the 5th of January, they met."}, []string{"2013-01-05"}},
		{"day range", "2013-01-25", nil, []string{"Talks ran January 10-12 in Gabon."}, []string{"2013-01-10"}},
		{"weeks later", "2013-01-25", nil, []string{"On January 1, they met. Two weeks later, they signed."}, []string{"2013-01-01", "2013-01-15/approx"}},
		{"the day after", "2013-01-25", nil, []string{"On January 10, they voted. The day after the vote, riots began."}, []string{"2013-01-10", "2013-01-11"}},
		{"the day before", "2013-01-25", nil, []string{"On January 10, they voted. The day before, police deployed."}, []string{"2013-01-10", "2013-01-09"}},
		{"scheduled for", "2013-01-25", nil, []string{"Elections scheduled for July 2013 may slip."}, []string{"2013-07!"}},
		{"days are not months", "2013-01-25", nil, []string{"In 2012 they came. Nothing happened for 10 days after that."}, []string{"2012"}},
		{"narrative moves into the next year", "2014-03-10", nil, []string{"Protests began in November 2013.", "In mid-January, parliament passed laws."}, []string{"2013-11", "2014-01/mid"}},
		{"no move past the reference", "2014-01-10", nil, []string{"Protests began in November 2013.", "In March, parliament passed laws."}, []string{"2013-11", "2013-03"}},
		{"named year sets no narrative", "2014-03-10", nil, []string{"The Orange Revolution of 2004 divided the country.", "Putin spoke on March 4."}, []string{"2004", "2014-03-04"}},
		{"abbreviated month with day range", "2014-03-10", nil, []string{"Clashes on Jan. 19-22 killed five."}, []string{"2014-01-19"}},
		{"around a date", "2013-01-25", nil, []string{"Fighters arrived around January 5."}, []string{"2013-01-05/approx"}},
		{"end of a month", "2013-01-25", nil, []string{"In 2012 they rose. Talks failed at the end of March."}, []string{"2012", "2012-03/late"}},
		{"last year", "2013-01-25", nil, []string{"Last year, the army mutinied."}, []string{"2012"}},
		{"earlier this year", "2013-06-25", nil, []string{"Earlier this year, talks failed."}, []string{"2013"}},
		{"last month", "2013-01-25", nil, []string{"Rebels advanced last month."}, []string{"2012-12"}},
		{"next year is no date", "2013-01-25", nil, []string{"Elections come next year."}, nil},
		{"U.S. does not split", "2013-01-25", nil, []string{"The U.S. Embassy closed on January 5. The following day, staff left."}, []string{"2013-01-05", "2013-01-06"}},
		{"initials do not split", "2013-01-25", nil, []string{"George W. Bush met them on January 5. The following day, they left."}, []string{"2013-01-05", "2013-01-06"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := datesOf(t, tt.ref, tt.section, tt.paras...)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "One. Two! Three?", []string{"One.", "Two!", "Three?"}},
		{"acronym", "The U.S. defense community will act. Mali waits.", []string{"The U.S. defense community will act.", "Mali waits."}},
		{"month abbreviation", "On Jan. 5 they met. On Sept. 28 they left.", []string{"On Jan. 5 they met.", "On Sept. 28 they left."}},
		{"initial", "Vicki A. Huddleston wrote. Others agreed.", []string{"Vicki A. Huddleston wrote.", "Others agreed."}},
		{"en dash", "Mali–known for music–is news. It is.", []string{"Mali–known for music–is news.", "It is."}},
		{"closing quote", "He warned of the “gates of hell.” The French stayed.", []string{"He warned of the “gates of hell.”", "The French stayed."}},
		{"lower case after stop", "See p. 5 of it. Done.", []string{"See p. 5 of it.", "Done."}},
		{"stacked marks", "0!. B", []string{"0!.", "B"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range splitSentences(tt.text) {
				got = append(got, tt.text[sp.start:sp.end])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWithinOneEdit(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"equal", "january", "january", true},
		{"swap", "januray", "january", true},
		{"substitution", "janaary", "january", true},
		{"deletion", "janury", "january", true},
		{"insertion", "januaary", "january", true},
		{"two edits", "jnauray", "january", false},
		{"different", "augusta", "september", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withinOneEdit(tt.a, tt.b); got != tt.want {
				t.Errorf("withinOneEdit(%q, %q) = %v", tt.a, tt.b, got)
			}
		})
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
		{"spaces", " 2012 ", Date{Year: 2012, Precision: PrecisionYear}, false},
		{"not leap", "2013-02-29", Date{}, true},
		{"month 13", "2012-13", Date{}, true},
		{"month 0", "2012-00", Date{}, true},
		{"short month", "2012-6", Date{}, true},
		{"two-digit year", "12", Date{}, true},
		{"words", "June 2012", Date{}, true},
		{"slashes", "2012/06/01", Date{}, true},
		{"too many parts", "2012-06-01-01", Date{}, true},
		{"sign", "+201-06", Date{}, true},
		{"empty", "", Date{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.wantErr {
				if !errors.Is(err, ErrDateFormat) {
					t.Fatalf("ParseDate(%q) error = %v, want ErrDateFormat", tt.in, err)
				}
				if !strings.Contains(err.Error(), `"`+tt.in+`"`) {
					t.Errorf("error %q does not quote the input", err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ParseDate(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestDateRendering(t *testing.T) {
	tests := []struct {
		name        string
		d           Date
		iso, humane string
	}{
		{"day", Date{Year: 2013, Month: 1, Day: 10, Precision: PrecisionDay}, "2013-01-10", "10 Jan 2013"},
		{"late month", Date{Year: 2012, Month: 6, Precision: PrecisionMonth, Modifier: "late"}, "2012-06", "late Jun 2012"},
		{"year", Date{Year: 2011, Precision: PrecisionYear}, "2011", "2011"},
		{"early year", Date{Year: 2012, Precision: PrecisionYear, Modifier: "early"}, "2012", "early 2012"},
		{"approx day", Date{Year: 2013, Month: 1, Day: 14, Precision: PrecisionDay, Modifier: "approx"}, "2013-01-14", "c. 14 Jan 2013"},
		{"scheduled", Date{Year: 2013, Month: 1, Day: 29, Precision: PrecisionDay, Scheduled: true}, "2013-01-29", "29 Jan 2013"},
		{"none", Date{}, "", ""},
		{"bad month", Date{Year: 2013, Month: 13, Precision: PrecisionMonth}, "2013-13", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.String(); got != tt.iso {
				t.Errorf("String() = %q, want %q", got, tt.iso)
			}
			if got := tt.d.Human(); got != tt.humane {
				t.Errorf("Human() = %q, want %q", got, tt.humane)
			}
		})
	}
}
