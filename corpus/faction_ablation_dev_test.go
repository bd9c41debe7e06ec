package corpus

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// ablateDir, when set, names a folder of briefings on which
// TestDevAblation scores faction extraction with each rule off in turn
// (the span model on, and off): expected groups found and described by
// the look-up, not_groups listed, and factions listed. It is how a rule's
// worth on the development set is shown, and how a rule the span model
// has made redundant is found.
var ablateDir = flag.String("devablate", "", "folder of briefings to score with each faction rule off in turn")

// ablateRules, when set (-devablaterules a,b), restricts TestDevAblation
// to the rules it lists, comma-separated: a full run turns each of about
// a hundred rules off twice.
var ablateRules = flag.String("devablaterules", "", "comma-separated rules TestDevAblation turns off (default: every rule)")

// devScore is what one configuration scores.
type devScore struct{ found, described, false, unexpected, listed int }

func TestDevAblation(t *testing.T) {
	if *ablateDir == "" {
		t.Skip("no -devablate folder")
	}
	bs, xs := loadAblation(t, *ablateDir)
	base := scoreDev(extractor{}, bs, xs)
	fmt.Printf("%-22s found %d described %d false %d unexpected %d listed %d\n", "(all on)", base.found, base.described, base.false, base.unexpected, base.listed)
	for _, r := range ablatable() {
		if *ablateRules != "" && !slices.Contains(strings.Split(*ablateRules, ","), r) {
			continue
		}
		for _, model := range []bool{true, false} {
			off := map[string]bool{r: true}
			if !model {
				off[ruleSpanModel] = true
			}
			s := scoreDev(extractor{disabled: off}, bs, xs)
			tag := ""
			if !model {
				tag = " (model off)"
			}
			fmt.Printf("%-22s found %d described %d false %d unexpected %d listed %d%s\n", r, s.found, s.described, s.false, s.unexpected, s.listed, tag)
		}
	}
}

// ablatable lists every rule a test can disable.
func ablatable() []string {
	var out []string
	for _, r := range allRules {
		out = append(out, r.name)
	}
	return append(out, ruleWordAcronym, ruleQuotedLong, ruleNamedAcronym, ruleQualified, ruleNamedAfter, ruleHeading, ruleAliases, ruleTranslated, ruleQualShort, ruleNameByUse, ruleLead, rulePartial,
		ruleKnownBy, ruleInitials, ruleInitialsUsed, ruleGloss, ruleLooseHead, ruleCapitalPhrase, ruleSelfDescribed, ruleFirstMention, ruleDescribedAcronym, ruleBoldAcronym, ruleListedName, ruleCompound,
		ruleBoldEntry, ruleNationalForce, ruleComplement, ruleOpenerWord, ruleDatelineAgency, ruleAcronymDefines, ruleSectionEntry, ruleBesideAcronym, ruleMembersIn, ruleDescribedFirst, ruleReferringObject, rulePlaceAdjective,
		ruleAnaphor, ruleSchoolHead, ruleDashGloss, ruleCopulaName, rulePartLong, ruleHeadPossessive, ruleMembersCommon, ruleOfThe, ruleBareBody, rulePersonComplement, ruleShortName, ruleDateName,
		ruleDescribedInitials, ruleLettersBeside, ruleNativeOr, ruleNationStem, ruleRelativeSubject, ruleLettered, ruleSectionFirst, ruleSpanModel, ruleQualLetters, ruleFoldLetters, ruleAliasAdverb, ruleShortPublisher,
		ruleAliasPerson, ruleSplitListed, ruleCommunity, rulePlacedNoun, ruleLettersObject, ruleAliasCoordinated, ruleOrgBeforeParticiple, ruleEntryLabel, ruleEntryItem, ruleBoldTerm, rulePassages, ruleNumberedLabel,
		ruleReferFronted, ruleReferNamed, ruleEntryGloss, ruleWhoseClause, ruleNumberedSubject, rulePossessorSubject, ruleFoundedObject, ruleFrontedContrast, ruleEpithetSelfNamed, ruleEpithetFronted, ruleFrontedBare, ruleReferNext,
		ruleAppositionPerson, ruleNameBegun, ruleUnitNumber, rulePlaceList, ruleCommunityHead, ruleDeterminedNoun, ruleGlossBroken, ruleTitleOpens, ruleTitledPerson, ruleBodyOfOrg, ruleNounBeforeLetters, ruleForeignOpener,
		ruleFoundedLetters, ruleOpenedByLetters, ruleOwnedRest, ruleReportsOwn, ruleGlossedLetters, ruleLettersCopula, ruleNeverLower, ruleArticleStopCap, ruleDescribedMid, ruleParenGloss, ruleLettersNoHead, ruleGlossNotQualifier,
		ruleOrAlias, ruleProperShort, ruleArticleComplement, ruleQuoteOpen, ruleBracketGloss, ruleLedBy, ruleAppositivePerson, ruleKilledPerson, ruleAtDeterminer, rulePartialPossessive, ruleDocument, ruleDocumentLetters,
		ruleCaptured, ruleCounted, ruleHeldPerson, ruleMembersKnown, ruleAcronymActs, ruleTitleSubject, ruleTitleSubjectAlias, ruleKnownOrg, ruleMixedLetters, rulePermutedLetters, ruleSyllabicNamed, rulePossessiveDescribed,
		ruleLettersFirstOr, rulePersonKnown, ruleMidComplement, ruleFormalName, ruleSerialComplement, ruleNativeLetters, ruleAliasLanguage, ruleLettersQuoted, ruleMembersPlace, ruleActing, ruleGroupCue, ruleMidStopCap,
		ruleForeignBracket, ruleRenamedNoun, ruleDocumentHead, ruleJoinedPerson, ruleTitleRun, rulePlaceApposition, ruleJoinedGroup, ruleApproached, ruleBodyNamed, ruleNounModifiers, rulePlacedRest, ruleLettersModify,
		ruleLanguageLabel, ruleMembersName, ruleDescribedBody, rulePeopleBefore, ruleGlossNoun, ruleForeignApposition, rulePossessiveComplement, ruleOrdinalNamed, ruleHeadlessShort, ruleTitleAfter, ruleEnglishParts, ruleEpithets,
		ruleEpithetCalled, ruleEpithetModifier, ruleLettersSource, ruleNumberedEntry, ruleSentenceEntry, ruleReferBack, ruleInnerName, ruleQuotedTranslation, ruleWholeForces, ruleForeignLetters, ruleSyllableLetters, ruleNumberedLetters,
		ruleOrDescribed, ruleReferOn, ruleDigitLetters, ruleDescribedKnown, ruleAssaulted, ruleMembersAt, rulePlaceLocated, ruleDescent, ruleOwnersCommunity, ruleModifiedSubject, ruleOfClause, ruleKnownAdverb,
		ruleQuotedSetOff, ruleTookName, ruleTitlePair, ruleScriptGloss, ruleOfHead, ruleBarePlural, ruleReportingBody, ruleEntryOrgLabel, ruleCitedAgain, ruleArticleBound, ruleGlossedPair, ruleFoldTranslated,
		ruleEnglishOr, ruleRenamedIndefinite, ruleOrgLetters, ruleHappeningHead, ruleKindPlural, ruleSelfNamed, ruleFoundingBase, ruleShortApposition, ruleOrgBranch, ruleTitleChain, ruleHeadLocative, rulePublicationNoun,
		ruleStaffAt, ruleDefiniteLeader, ruleAdverbParticiple, ruleRenamedBare, ruleForeignParticle, ruleEmphasisBracket, ruleInfoboxParts, ruleCoinedName, ruleDescribedCalled, ruleFormalNameOf, ruleSectionNumber, ruleElidedArticle,
		ruleOrLettersHeld, ruleTitledApposition, ruleInnerArticle, ruleLocalPlural, ruleDistrictNoun, ruleRenamedWing, ruleModifierNoun, rulePublisherPress, rulePossessedBody, ruleOwnedHead, ruleOrGlossArticle, ruleOrAfterLetters,
		rulePairedApposition, ruleLetteredTakes, ruleAliasLetters, rulePluralSpelling, ruleCitedOrg, ruleReportsOwnLater, ruleInfoboxCommanders, ruleHeadline, ruleSpeakerLabel, rulePublisherInformation, ruleBareGloss, ruleGlossArticle, ruleQuoteOpens, ruleDottedPlace, ruleNamePreposition, ruleHeadlineInitials, ruleIssuedBy, ruleSurname, ruleTitleStop, ruleTitleLeader, ruleSoloPerson, ruleGlossSeparator,
		ruleApposedList,
		ruleBritishSpelling,
		ruleGroupSource,
		ruleComplementPerson,
		ruleInfoboxMarks,
		ruleInfoboxSublabel,
		ruleInfoboxOnly,
		ruleInfoboxPartitive,
		ruleInfoboxGloss,
		ruleInfoboxGenitive,
		ruleMilitaryArea,
		ruleBoldParagraph,
		ruleItalicTerm,
		ruleCapitalPreposition,
		rulePluralOwner,
		ruleLettersPreposition,
		ruleGlossPreposition,
		ruleOwnerApposition,
		ruleAgentLetters,
		ruleCommaDescribed,
		ruleKnownByNoun,
	)
}

// ablationExpect is the factions part of an expected.json file.
type ablationExpect struct {
	Groups []struct {
		Query      string `json:"query"`
		NameHas    string `json:"name_has"`
		SummaryHas string `json:"summary_has"`
		Acronym    string `json:"acronym"`
	} `json:"groups"`
	AlsoOK    []string `json:"also_ok"`
	NotGroups []string `json:"not_groups"`
}

// allows reports whether f's name holds an expected group's name or an
// also_ok name, or its acronym is an expected group's (the evaluation
// counts the others as unexpected; found groups are allowed too).
func (x ablationExpect) allows(f *Faction) bool {
	n := normalize(f.Name)
	for _, g := range x.Groups {
		if strings.Contains(n, normalize(g.NameHas)) || g.Acronym != "" && normalize(f.Acronym) == normalize(g.Acronym) {
			return true
		}
	}
	return slices.ContainsFunc(x.AlsoOK, func(ok string) bool { return strings.Contains(n, normalize(ok)) })
}

// describesText reports whether f's summary or one of its passages holds
// want, both normalized.
func describesText(f *Faction, want string) bool {
	return strings.Contains(normalize(f.Summary), want) ||
		slices.ContainsFunc(f.Passages, func(m Mention) bool { return strings.Contains(normalize(m.Sentence), want) })
}

func loadAblation(t *testing.T, dir string) ([]*Briefing, []ablationExpect) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var bs []*Briefing
	var xs []ablationExpect
	for _, p := range paths {
		var x ablationExpect
		data, err := os.ReadFile(p)
		if err == nil {
			err = json.Unmarshal(data, &x)
		}
		if err != nil {
			t.Fatal(err)
		}
		bs = append(bs, parseIn(t, dir, strings.TrimSuffix(filepath.Base(p), ".expected.json")))
		xs = append(xs, x)
	}
	return bs, xs
}

// scoreDev extracts each briefing on its own with x and scores it as
// index/evaluate does, events left out of "described" (the summary and
// the passages count).
func scoreDev(x extractor, bs []*Briefing, xs []ablationExpect) devScore {
	var s devScore
	for i, b := range bs {
		c := &Corpus{Briefings: []*Briefing{b}, extracted: true}
		c.Factions, c.Acronyms = x.run(c.Briefings)
		s.listed += len(c.Factions)
		for _, g := range xs[i].Groups {
			f, _, err := c.LookupFaction(g.Query)
			if err != nil || !strings.Contains(normalize(f.Name), normalize(g.NameHas)) {
				continue
			}
			s.found++
			if describesText(f, normalize(g.SummaryHas)) {
				s.described++
			}
		}
		for _, f := range c.Factions {
			switch {
			case slices.ContainsFunc(xs[i].NotGroups, func(ng string) bool { return nameKey(f.Name) == nameKey(ng) }):
				s.false++
			case !xs[i].allows(f):
				s.unexpected++
			}
		}
	}
	return s
}
