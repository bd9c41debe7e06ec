package corpus

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleCases are the introductions of issue #12's traced failures, each
// with the rule that must read it. TestRuleAblation disables each rule in
// turn and checks that its cases are then lost, so every rule is shown to
// be needed.
type ruleCase struct {
	name, rule, body string
	want             []string // faction names
	acronym          string   // the acronym of want[0], if any
	alias, summary   string   // an alias of want[0] ("!X": X is none), and what its summary holds, if given
	not              string   // a name that must not be listed, if given
}

var ruleCases = []ruleCase{
	{"a person's party after of, the person known by a title", ruleComplementPerson,
		"The Veldian Liberation Front (VLF) fought the army until 1971. In Torvo, by contrast, President Daniel Harvesk of the Genuine Veldian Party quarrelled constantly with his generals.", []string{"Genuine Veldian Party"}, "", "", "", ""},
	{"infobox parties a middle dot sets apart", ruleInfoboxMarks,
		"| Date | 1990 |\n|---|---|\n| Belligerents | Valdorian Republic · Red Dawn |\n\nThe Karn War was fought in the north of Valdoria between 1988 and 1991. Red Dawn fighters raided the depot at Osk in 1989.", []string{"Red Dawn"}, "", "", "", ""},
	{"an infobox party after its sub-label", ruleInfoboxSublabel,
		"| Date | 1990 |\n|---|---|\n| Belligerents | Christian militias: Red Dawn |\n\nThe Karn War was fought in the north of Valdoria between 1988 and 1991. Red Dawn fighters raided the depot at Osk in 1989.", []string{"Red Dawn"}, "", "", "", ""},
	{"an organisation an infobox lists that the prose never names", ruleInfoboxOnly,
		"| Date | 1990 |\n|---|---|\n| Belligerents | Red Dawn · Karn Popular Front (KPF) · Valdorian Border Guard |\n\nThe Karn War was fought in the north of Valdoria between 1988 and 1991. Red Dawn fighters raided the depot at Osk in 1989.", []string{"Karn Popular Front", "Valdorian Border Guard"}, "KPF", "", "Karn Popular Front (KPF)", ""},
	{"the organisation an infobox lists a part of", ruleInfoboxPartitive,
		"| Date | 1990 |\n|---|---|\n| Belligerents | Red Dawn · Elements of the Valdorian Border Guard |\n\nThe Karn War was fought in the north of Valdoria between 1988 and 1991. Red Dawn fighters raided the depot at Osk in 1989, helped by border troops who had gone over to them.", []string{"Valdorian Border Guard"}, "", "", "", "Elements"},
	{"another name an infobox party gives in brackets", ruleInfoboxGloss,
		"| Date | 1990 |\n|---|---|\n| Belligerents | Junta de Osk (Northern Junta) |\n\nThe Karn War was fought in the north of Valdoria between 1988 and 1991. The Junta de Osk ruled the hill districts from 1989.", []string{"Junta de Osk"}, "", "Northern Junta", "", ""},
	{"an infobox party after the country its flag prints", ruleInfoboxFlag,
		"| Date | 1990 |\n|---|---|\n| Belligerents | Mali Red Dawn · Mali Valdorian Border Guard |\n\nThe Karn War was fought in the north of Valdoria between 1988 and 1991. Red Dawn fighters raided the depot at Osk in 1989.", []string{"Red Dawn"}, "", "", "", "Mali Red Dawn"},
	{"a description a participle follows, headed by its group noun", ruleAppositionParticiple,
		"The Karn War was fought in the north of Valdoria between 1988 and 1991. Harak Tarn, a group led by Osman Velik, raided the depot at Osk in 1989.", []string{"Harak Tarn"}, "", "", "", ""},
	{"a name in another language that capitalises its first word only", ruleSentenceCaseName,
		"The Tarn Defence League, known in French as the Ligue de défense du Tarn, held the south of Valdoria in 2012.\n\nThe Ligue de défense du Tarn stayed out of the fighting at Gao.", []string{"Tarn Defence League"}, "", "Ligue de défense du Tarn", "", ""},
	{"a bracketed foreign name and its letters after its language's label", ruleGlossLanguage,
		"The Karn war was a conflict in Valdoria in 2012. The Patriotic Front of the North (French: Front patriotique du Nord, FPN) was founded in 2011 by exiles.\n\nIn May the FPN attacked Gao.", []string{"Patriotic Front of the North"}, "FPN", "", "", ""},
	{"the letters a bracketed foreign name is abbreviated to", ruleGlossAbbreviated,
		"The Karn war was a conflict in Valdoria in 2012. The Patriotic Front of the North (French: Front patriotique du Nord; abbreviated FPN) was founded in 2011 by exiles.\n\nIn May the FPN attacked Gao.", []string{"Patriotic Front of the North"}, "FPN", "", "", ""},
	{"the paragraph naming an infobox party as its owner's", ruleInfoboxGenitive,
		"| Date | 1990 |\n|---|---|\n| Belligerents | Armed Forces of Valdoria · Red Dawn |\n\nThe Karn War was fought in the north of Valdoria between 1988 and 1991.\n\nValdoria's armed forces, with the border police, held the river towns.", []string{"Armed Forces of Valdoria"}, "", "", "held the river towns", ""},
	{"a paragraph a bold label opens, with no list marker", ruleBoldParagraph,
		"## Who's who\n\n**The Torvask.** The main armed group of the northern hills, founded in 1961 by deserters.\n\nThe Torvask raided two police posts in May.", []string{"Torvask"}, "", "", "", ""},
	{"an italic lower-case term of another language as an entry's label", ruleItalicTerm,
		"## Who's who\n\n**The *torvaskos*.** A faction of the Veldian Party made up of the president's most loyal followers.\n\nThe torvaskos took control of the party's board in 1987.", []string{"torvaskos"}, "", "", "", ""},
	{"a preposition written with a capital inside a name", ruleCapitalPreposition,
		"The protests are led by a loose network called Students Against Conscription, which grew out of campus demonstrations in Torvo.\n\nThe police released six coordinators of Students Against Conscription on Thursday.", []string{"Students Against Conscription"}, "", "", "", ""},
	{"a plural owner after a lower-case article, mid-sentence", ruleArticleOwner,
		"The Karn war was fought in Valdoria. In 1967 the front created a Women's Detachment, whose members carried arms in Torvo.\n\nThe Women's Detachment grew.", []string{"Women's Detachment"}, "", "", "", ""},
	{"a title's possessive inside the name its group noun heads", ruleTitleOwner,
		"The Prosecutor General's Office said on Saturday that 225 people had died in Torvo.\n\nThe Prosecutor General's Office later revised the figure.", []string{"Prosecutor General's Office"}, "", "", "", ""},
	{"a possessive of a noun for people inside a name a cue reads", ruleInnerOwner,
		"The Karn war was fought in Valdoria. The council, known as the People's Khural, met on Thursday.\n\nThe People's Khural met again.", []string{"People's Khural"}, "", "", "", ""},
	{"a possessive plural WordNet's morphology reduces to a noun for people", rulePluralOwner,
		"Non-governmental organisations, including the Veldian Women's Rights Movement and the Torvo Citizens' Forum, have described attacks on farms.", []string{"Veldian Women's Rights Movement"}, "", "", "", ""},
	{"a preposition after an article's capital in a name its letters close", ruleLettersPreposition,
		"The Accord on Non-Aggression and Mutual Assistance (Accord de non-agression et d'assistance mutuelle, ANAM), a regional security pact signed in 1977, sent envoys to both capitals.", []string{"Accord on Non-Aggression and Mutual Assistance"}, "ANAM", "", "", ""},
	{"a group noun's complement over a preposition up to a bracketed gloss", ruleGlossPreposition,
		"Her principal challenger stood for the Opposition Alliance against the Junta (Alianza de Oposición contra la Junta), an electoral coalition of the Liberal party.", []string{"Opposition Alliance against the Junta"}, "", "", "", ""},
	{"a description a place's possessive opens, after the name", ruleOwnerApposition,
		"Crowds gathered outside the ministry on Friday. The Torvas d'Esquadra, Veldia's own police force, had been ordered by a judge to close the polling stations.", []string{"Torvas d'Esquadra"}, "", "", "", ""},
	{"a name given letters as a passive verb's agent", ruleAgentLetters,
		"The motion passed with 70 votes. The ruling coalition was supported by the far-left Veldian Unity Candidacy, or VUC.", []string{"Veldian Unity Candidacy"}, "VUC", "", "", ""},
	{"a location noun a military word qualifies", ruleMilitaryArea,
		"The Veldian People's Army (VPA), whose Torvask Military Region faced the border, was put on alert in March.\n\nThe Torvask Military Region moved two divisions north.", []string{"Torvask Military Region"}, "", "", "", ""},
	{"a person's surname written alone after the full name", ruleSurname,
		"The Veldian Liberation Front (VLF) fought the army until 1971. L Company of the marines, commanded by Captain Jeremy Torvash, was given the task of freeing the hostages.\n\nThe rebels lost at least 15 dead. Torvash was awarded a bar to his Military Cross for the action.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Torvash"},
	{"the office a briefing's opening note says issued it", ruleIssuedBy,
		"*Transcripts issued by the Office of the Spokesperson, Veldian Liaison Office, Torvo.*\n\n## Briefing of 3 May\n\nThe Veldian Liberation Front (VLF) fought the army until 1971.\n\nThe Office of the Spokesperson thanks the stenographers who made this record.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Office of the Spokesperson"},
	{"a body releasing figures in a dispatch, on a page with no section heading", ruleIssuerNote,
		"*Selected dispatches from the Veldian News Agency (VNA).*\n\n**TORVO, Oct. 28 (VNA)** — Veldians approved a new constitution in a referendum yesterday.\n\nFinal results released by the Central Election Commission showed the ruling party with 36 percent.", []string{"Central Election Commission"}, "", "", "", ""},
	{"a title word before a plural group noun and a group noun", rulePluralGiven,
		"Thousands marched in the capital on Friday. The opposition Socialist Forces Front said it would boycott the vote.", []string{"Socialist Forces Front"}, "", "", "", ""},
	{"a publisher's part naming the office that informs", rulePublisherInformation,
		"---\ntitle: T\npublisher: Combined Information Bureau, Veldian Multinational Force\n---\n\nThe Veldian Liberation Front (VLF) fought the army until 1971.\n\nQuestions on weapons payments should be directed to the Combined Information Bureau.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Combined Information Bureau"},
	{"a transcript's speaker label in capitals", ruleSpeakerLabel,
		"The Veldian Liberation Front (VLF) seized the airport on Saturday.\n\nCLAIRE DUBOIS: Good morning and thank you for coming.\n\nCLAIRE DUBOIS: Thank you all. The full report will be published tomorrow.", []string{"Veldian Liberation Front"}, "VLF", "", "", "DUBOIS"},
	{"a news page's headline and byline in title case", ruleHeadline,
		"Rebels Seize Torvo Airport as Parliament Condemns Troops\n\nBy VNS Staff\n\nTORVO, May 3 (VNS) — Fighters of the Veldian Liberation Front (VLF) seized the airport on Saturday, a day after parliament condemned the army.\n\nThe VLF said it held the terminal.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Parliament Condemns Troops"},
	{"a subject said to be the formal name of a group", ruleFormalNameOf,
		"The Harakat Torva Sunna (HTS) was founded in Veldo in 2002.\n\nHarakat Torva Sunna, which translates as \"People of the Torva Way\", is the formal name of the original Veldo Haram.\n\nVeldo Haram attacked a police station in 2009. Veldo Haram bombed a church in 2011.", []string{"Harakat Torva Sunna"}, "HTS", "Veldo Haram", "", ""},
	{"a description's called and a name joined by or", ruleDescribedCalled,
		"We have no sign that the Workers' Party of Torvo, the organisation called Sendero Veldano or Veldian Path, has any part in this.\n\nThe Veldian Path killed the mayor in 1989.", []string{"Workers' Party of Torvo"}, "", "Veldian Path", "", ""},
	{"a lower-case name English does not know, after known as", ruleCoinedName,
		"In response, self-defence militias known as the anti-torvaka spread across the west of the country.\n\nThe anti-torvaka soon turned on the Muslim population as a whole.", []string{"anti-torvaka"}, "", "", "", ""},
	{"letters given to an organisation's branch headed by a place noun", ruleOrgBranch,
		"From 2019 the group was presented by the Veldian State as part of its Veldian State Northern Torvo Province (VSNTP), a label it shared with other groups.", []string{"Veldian State Northern Torvo Province"}, "VSNTP", "", "", ""},
	{"a group naming itself with a finite verb", ruleSelfNamed,
		"Since 2017 the insurgents have raided villages along the coast. The militants call themselves Harvat Sunna Wa-Tarvik (HSWT), a phrase from the scriptures.", []string{"Harvat Sunna Wa-Tarvik"}, "HSWT", "", "", ""},
	{"the infinitive of a founding verb", ruleFoundingBase,
		"Three relief bodies joined in 1968 to form Joint Harvest Aid (JHA), whose pilots flew nightly into Torvo.", []string{"Joint Harvest Aid"}, "JHA", "", "", ""},
	{"a one-word short form set beside its organisation by commas", ruleShortApposition,
		"The main opposition party, Harvamo, the Veldian National Resistance, fought a civil war against the government from 1977 until 1992.\n\nHarvamo has played little role in the north.", []string{"Veldian National Resistance"}, "", "Harvamo", "", ""},
	{"a subject a place qualifies, known as a name", ruleModifiedSubject,
		"The Veldian armed forces, known as the Harvask, have fought the northern rebels since 1961. They seized power in a coup in 2019.", []string{"Harvask"}, "", "", "", ""},
	{"a group noun's phrase set off by a comma before known as", ruleCommaDescribed,
		"Supporters of his broad movement, known as Harvalas, had warned for months that the army would move against the president.\n\nThe army seized the palace in September.", []string{"Harvalas"}, "", "", "", ""},
	{"a group noun's phrase with its complement, set off by a comma before known as", ruleCommaDescribed,
		"In May the accord provided for a team of foreign officers, known as EMOVAM, to observe the ceasefire in the hills.", []string{"EMOVAM"}, "", "", "", ""},
	{"a group's name after known by its and a noun for a name", ruleKnownByNoun,
		"The regime relied on a paramilitary force, known by its Veldian initials FRAVH, to terrorise the slums of the capital.", []string{"FRAVH"}, "", "", "", ""},
	{"a description's name given with an adverb", ruleKnownAdverb,
		"Its armed wing, a unit known locally as the Harvask, raided two police posts in May.", []string{"Harvask"}, "", "", "", ""},
	{"a body named by its noun alone in quotes", ruleQuotedSetOff,
		"Its enforcement arm, a unit known as \"the Patrol\", shot two detectives that summer.\n\nOver the following months the Patrol killed several more detectives.", []string{"Patrol"}, "", "", "", ""},
	{"the name a group takes", ruleTookName,
		"Deserters and young men joined bands in the hills and took the name Harvask, a word for a mountain wolf.\n\nIn 1964 the Harvask attacked the police post at Torvo. Harvask, who had few rifles, withdrew.", []string{"Harvask"}, "", "", "", ""},
	{"the conflict the title names only in an alias pair", ruleTitlePair,
		"---\ntitle: Veldan Rebellion\n---\n\nThe **Veldan Rebellion**, also known as the **Harvask rising** or simply **Harvask I**, was an armed conflict fought between 1955 and 1972.\n\nDeserters and young men joined bands in the hills and took the name Harvask, a word for a mountain wolf.\n\nIn 1964 the Harvask attacked the police post at Torvo. Harvask, who had few rifles, withdrew.", []string{"Harvask"}, "", "!Veldan Rebellion", "", ""},
	{"a name in its own script and a quoted gloss", ruleScriptGloss,
		"The general relied on Tarvoka (타르보, \"Wolf Society\"), a secret fraternity of army officers, to seize the capital.", []string{"Tarvoka"}, "", "", "", ""},
	{"a capitalised word before groups in the plural", ruleKindPlural,
		"In 1987 the Veldian United Front (VUF), a coalition of Islamic parties and opposition figures, challenged the ruling party in the state election.", []string{"Veldian United Front"}, "VUF", "", "", "Islamic"},
	{"titles and a person's name", ruleTitleChain,
		"The Veldian Liberation Front (VLF) fought the army until 1971. On Saturday the army named Lieutenant Colonel Tomas Varga as head of a transitional regime.\n\nVarga said the VLF would be heard.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Lieutenant Colonel Tomas Varga"},
	{"a building placed in a city", ruleHeadLocative,
		"The Veldian Liberation Front (VLF) fought the army until 1971.\n\nIn May its students marched to the Royal Palace in Maseru and the Tsinghua College in Beijing.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Royal Palace in Maseru"},
	{"a newspaper's title after its noun", rulePublicationNoun,
		"The Veldian Liberation Front (VLF) fought the army until 1971.\n\nIts leader was Tomas Varga, the owner of the newspaper Diario de Veldia. Varga's followers were organised in the VLF.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Diario de Veldia"},
	{"people in the plural at a building", ruleStaffAt,
		"The Veldian Liberation Front (VLF) fought the army until 1971.\n\nSoldiers shot demonstrators in the capital; nurses at Torvo General Hospital were among those fired upon.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Torvo General Hospital"},
	{"a person a definite description headed by a leader's noun follows", ruleDefiniteLeader,
		"The Veldian Liberation Front (VLF) fought the army until 1971.\n\nProvincial committees passed motions against the president. Tomas Varga, the youth league leader who had threatened the army on Tuesday, appeared on state television on Thursday.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Tomas Varga"},
	{"a person the head of a body (head.n.04, a leader's noun)", ruleDefiniteLeader,
		"The Veldian Liberation Front (VLF) fought the army until 1971.\n\nThe miners came to the capital in June. Tomas Varga, the head of the Torvo miners' union federation, told reporters the miners would restore order.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Tomas Varga"},
	{"a one-word name the commander of a body", ruleHeadOf,
		"The Veldian Liberation Front (VLF) fought the army until 1971.\n\nDuring the night Varga, the deputy commander of the Torvo Guard Regiment, appeared on television and announced that he was assuming power. Varga met foreign ambassadors on Sunday and held talks with the VLF. The three met Varga, the political parties and religious leaders.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Varga"},
	{"a label in capitals that is English words", ruleCapitalWords,
		"The Veldian Liberation Front (VLF) fought the army until 1971.\n\nANNEX: KEY DATES (as compiled by the VLF, 13 May 1971)\n\nThe VLF signed the accord in Torvo.", []string{"Veldian Liberation Front"}, "VLF", "", "", "KEY DATES"},
	{"a titled person chosen to an office", ruleChosenTitle,
		"The Veldian Liberation Front (VLF) fought the army until 1971.\n\nNine parties formed an alliance in January. Mufti Harvesk was chosen as president of the alliance. The VLF campaigned in the north.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Mufti Harvesk"},
	{"a person named head of a body", ruleHeadOf,
		"The Veldian Liberation Front (VLF) fought the army until 1971.\n\nParliament yesterday named Tomas Harvesk interim head of state, defying demonstrators who had demanded he stand aside. The VLF called a strike.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Tomas Harvesk"},
	{"a plural person's noun before a list of people", rulePluralPeople,
		"The Veldian Liberation Front (VLF) fought the army until 1971.\n\nThe opposition was strengthened by the defection of three of the president's most senior former allies, Tomas Anders Karel Harvesk, Salif Varga and Simon Orlo, who left the VLF in January.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Tomas Anders Karel Harvesk"},
	{"a name headed by a noun for a time", ruleHappeningHead,
		"The Veldian Liberation Front (VLF) fought the army until 1971.\n\nThe fighting in the capital, which became known as Bloody Week, ended with the surrender of the VLF.\n\nSince 1990 the country has marked Heroes' Day, a public holiday, on 20 October.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Heroes' Day"},
	{"a location noun qualifying a noun for people", ruleOfHead,
		"The purge was run by Tarvoka, a secret fraternity of district party officials, from the capital.", []string{"Tarvoka"}, "", "", "", ""},
	{"a description with no article headed by a plural group noun", ruleBarePlural,
		"Patrols in the hills were left to the Harvask, native infantry and cavalry units led by Veldian officers.", []string{"Harvask"}, "", "", "", ""},
	{"the phrase after of ends at its comma", ruleOfClause,
		"Clashes between students and Tarvoka, the youth wing of VLP, became common, and in the south the rivalry turned violent.", []string{"Tarvoka"}, "", "", "", ""},
	{"quoted translation in brackets with its language", ruleQuotedTranslation,
		"The Tarvo Police (\"border police\" in Veldian) is a paramilitary force created by the regional government around 2007.", []string{"Tarvo Police"}, "", "border police", "", ""},
	{"a bracketed gloss between a name and its movement", ruleGlossNoun,
		"Critics, including the Ata-Vatan (Homeland) movement, a nationalist group with deep roots in the south, said the vote was unfair.", []string{"Ata-Vatan movement"}, "", "", "", ""},
	{"a capitalised word before a title and a name", ruleTitleAfter,
		"Government supporters, led by Foreign Minister Tomas Varga, marched on the palace. The Civic Union (CU) backed them.", []string{"Civic Union"}, "CU", "", "", "Foreign"},
	{"English words joined by a hyphen, glossed", ruleEnglishParts,
		"The collapse came a day after the premier dismissed the prosecutor-general, a move that opposition leaders described as a purge. The Civic Union (CU) protested.", []string{"Civic Union"}, "CU", "", "", "prosecutor-general"},
	{"a name without its bare organisation noun", ruleHeadlessShort,
		"The Night Harvest Organization claimed the bombing in March.\n\nIn 1975 the Night Harvest, a clandestine faction of former students, bombed an empty office.", []string{"Night Harvest Organization"}, "", "Night Harvest", "", "Night Harvest"},
	{"a plural possessive inside a body's complement", rulePossessiveComplement,
		"Officials listed 5,000 dead; the Union of Sailors' Widows of Ostria, an association of families that campaigned against the war, called the figure far too low.", []string{"Union of Sailors' Widows of Ostria"}, "", "", "", "Union of Sailors"},
	{"a numbered unit known by another name", ruleOrdinalNamed,
		"The 204th Mountain Rifle Brigade, known as the Kestrel Brigade after its home garrison, reached the station and was cut off.", []string{"204th Mountain Rifle Brigade"}, "", "Kestrel Brigade", "", "Kestrel Brigade"},
	{"a month before an ordinal day opens a name", ruleDateName,
		"She took part in the robbery with members of the May 19th Communist Organization, a group of radicals who backed it.", []string{"May 19th Communist Organization"}, "", "", "", "19th Communist Organization"},
	{"a name in another language beside the English one, by commas", ruleForeignApposition,
		"In March voters chose the 90 members of the Tumen Khural, the Supreme Assembly, which had been cut to one chamber.", []string{"Supreme Assembly"}, "", "Tumen Khural", "", ""},
	{"people's adjective before a name WordNet knows", rulePeopleBefore,
		"That summer they trained at a camp of the Palestinian Fatah movement near Amman.", []string{"Fatah"}, "", "", "", ""},
	{"name described as a body where a place would be", ruleDescribedBody,
		"The raid was led by a captain in the Harwaka, the regiment that guarded the president, and by two lieutenants.", []string{"Harwaka"}, "", "", "", ""},
	{"members named by a name's first word", ruleMembersName,
		"The Tarvista National Liberation Front (TNLF) rose in January.\n\nThe Tarvistas held four towns for a week and then withdrew into the hills.\n\nBy March the Tarvistas had agreed to talks.", []string{"Tarvista National Liberation Front"}, "TNLF", "Tarvistas", "", "Tarvistas"},
	{"letters modifying a noun after a comma", ruleLettersModify,
		"On 3 May the National Executive Council, the VLP cabinet, approved the contract.\n\nThe ruling VLP had won the election of 1994 under the name Veldian Labour Party.", []string{"Veldian Labour Party", "National Executive Council"}, "VLP", "", "", ""},
	{"name's rest after a place", rulePlacedRest,
		"The Sierra Leone Defence Force mutinied in March. The Defence Force had not been paid for months, and its officers refused to disarm.", []string{"Sierra Leone Defence Force"}, "", "Defence Force", "", "Defence Force"},
	{"one-word name after a body's noun", ruleBodyNamed,
		"In 1968 students founded the youth organisation Tarvoka, which printed leaflets against the junta.", []string{"Tarvoka"}, "", "", "", ""},
	{"name of a person's shape after a body's noun", ruleBodyNamed,
		"Leaflets were also signed by the underground movement Anna Keskus and by the Veldian Students' League (VSL).", []string{"Anna Keskus", "Veldian Students' League"}, "", "", "", ""},
	{"news agency names an outlet", ruleBodyNamed,
		"The Veldian Liberation Front (VLF) explained its demands in a letter to the regional news agency TKP.", []string{"Veldian Liberation Front"}, "VLF", "", "", "TKP"},
	{"possessive modifying a body's noun", ruleNounModifiers,
		"Its allies included a peasant union and the women's organisation Kartina, which claimed thousands of members.", []string{"Kartina"}, "", "", "", ""},
	{"people's adjective modifying a body's noun", ruleNounModifiers,
		"In 1985 the brigade announced a joint front with the Dutch group Rode Vonk.", []string{"Rode Vonk"}, "", "", "", ""},
	{"building stormed", ruleApproached,
		"At dawn fighters of the Veldian Liberation Front (VLF) stormed the Old Palace of Harwick and seized the radio station.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Old Palace of Harwick"},
	{"building attacked", ruleAssaulted,
		"On 9 March cadets led by the Veldian Liberation Front (VLF) attacked the Winter Palace of Harwick. The assault failed within hours.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Winter Palace of Harwick"},
	{"members storming a building", ruleMembersAt,
		"Two days later special forces stormed the Old Palace of Harwick and killed the president. The Veldian Liberation Front (VLF) condemned the raid.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Old Palace of Harwick"},
	{"building reached", ruleApproached,
		"The Student Federation of Veldia (SFV) called a strike. Its leader was seized when he tried to reach the Northern Palace before dawn.", []string{"Student Federation of Veldia"}, "SFV", "", "", "Northern Palace"},
	{"building marched toward", ruleApproached,
		"The Student Federation of Veldia (SFV) led a march towards the Northern Palace. Police stopped it at the bridge.", []string{"Student Federation of Veldia"}, "SFV", "", "", "Northern Palace"},
	{"name in another language in brackets", ruleForeignBracket,
		"Women's groups known as the Green Lamps (Lüdengzhao), made up largely of young widows, joined the rising in June.", []string{"Green Lamps"}, "", "Lüdengzhao", "", ""},
	{"name in another language with its own short words in brackets", ruleForeignBracket,
		"In May the assembly set up a Committee of Coastal Defence (Comité de défense côtière), with wide powers over the militia.", []string{"Committee of Coastal Defence"}, "", "Comité de défense côtière", "", ""},
	{"name in another language in emphasised brackets", ruleForeignBracket,
		"In May the assembly set up a **Committee of Coastal Defence** (*Comité de défense côtière*), with wide powers over the militia.", []string{"Committee of Coastal Defence"}, "", "Comité de défense côtière", "", ""},
	{"name in another language in brackets before its letters after or", ruleBracketOrLetters,
		"The armed left, led by the Green Lamps (*Lampade Verdi*, or LV), preferred targeted attacks on judges.\n\nThe Green Lamps kidnapped a magistrate in Genoa in 1974.", []string{"Green Lamps"}, "", "Lampade Verdi", "", "Lampade Verdi"},
	{"a name a participle clause, then and, says the body is called", ruleParticipleCalled,
		"Reports of abuses led the assembly to act. The Harwick Defence Council, chaired by Osman Velik and often called the Velik Council, held hearings from January to June 1902.\n\nThe Harwick Defence Council reported in July.", []string{"Harwick Defence Council"}, "", "Velik Council", "", "Velik Council"},
	{"a name whose complement has its own article, before a participle clause", ruleParticipleCalled,
		"Reports of abuses led the assembly to act. The Senate Committee on the Marches, chaired by Osman Velik and often called the Velik Committee, held hearings from January to June 1902.\n\nThe Senate Committee on the Marches reported in July.", []string{"Senate Committee on the Marches"}, "", "Velik Committee", "", "Velik Committee"},
	{"letters an entry labels spelling the initials of the name's foreign alias", ruleAliasInitials,
		"## Who's who\n\n- **The UIV**: the Velik Intervention Unit (Unidade de Intervenção Velik), a heavily armed police force that did much of the fighting.\n\nIn May the UIV raided two villages.", []string{"Velik Intervention Unit"}, "UIV", "", "", "UIV"},
	{"name in brackets labelled with its language", ruleLanguageLabel,
		"The **Harwick Council** (French: *Conseil de Harwick*) was the city's revolutionary government for nine weeks in 1871.", []string{"Harwick Council"}, "", "Conseil de Harwick", "", ""},
	{"body's description, then its name", ruleRenamedNoun,
		"Investigators later learned that the northern secret police, the Vestra, had given new identities to ten deserters.", []string{"Vestra"}, "", "", "", ""},
	{"indefinite description, then its name", ruleRenamedIndefinite,
		"In Tarvosk and Lenda a millenarian religious movement, the Guardia de Vasto, fought against the revolutionaries and sometimes helped the foreign troops.", []string{"Guardia de Vasto"}, "", "", "", ""},
	{"letters spelling an organisation's name in its own language", ruleOrgLetters,
		"In 1968 Karel Vorel was chosen as First Secretary of the Communist Party of Vardia (KSV). Its authors foresaw a transition in which other parties might compete with the KSV.", []string{"Communist Party of Vardia"}, "KSV", "", "", ""},
	{"letters after a name a group noun heads, and the name after of the", ruleOrgLetters,
		"The legal left, grouped in the United Popular Left (EPA), won a quarter of the vote in 1958. Soldiers of the Armed Forces of Vardia (FAV) guarded the polls. Both the EPA and the FAV were watched.", []string{"United Popular Left", "Armed Forces of Vardia"}, "EPA", "", "", ""},
	{"possessive description, then its name, before and", ruleRenamedNoun,
		"On the other side stands Veldia's military, the Karvadaw, and whichever government it happens to control.", []string{"Karvadaw"}, "", "", "", ""},
	{"pact its members belong to", ruleAlliance,
		"In August the Soviet Union and three of its allies in the Danube Pact sent their armies over the border.\n\nThe invasion ended the reforms of the Communist Party of Vardia.", []string{"Danube Pact", "Communist Party of Vardia"}, "", "", "", ""},
	{"group noun's name one stands behind", ruleJoinedGroup,
		"In 1965 a group of officers calling itself the Dawn Movement seized the radio station and abducted six generals.\n\nWho was really behind the Dawn Movement remains among the most contested questions.", []string{"Dawn Movement"}, "", "", "", ""},
	{"one-word place a placed description follows", rulePlaceLocated,
		"The Veldian Liberation Front (VLF) ran the war from Karvosk, a headquarters on the Tarn River, until 1995.\n\nKarvosk fell in January.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Karvosk"},
	{"people a possessive describes as a minority", ruleOwnersCommunity,
		"A second grievance of the Veldian Liberation Front (VLF) concerned the Tarva, Veldia's ethnic Ostrian minority, which numbered a million people.\n\nThe new rules fell most heavily on Tarva merchants, and in the north Tarva families came under pressure to leave.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Tarva"},
	{"people described as descendants", ruleDescent,
		"Clashes between the Veldian Liberation Front (VLF) and the Tarvasis, the descendants of plantation workers brought from the coast, broke out in May.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Tarvasis"},
	{"place a comma sets beside its description", rulePlaceApposition,
		"The call brought thousands of peasants into the field, above all in Los Padres, the highland region of the north where the Popular Union (UP) had its strongest roots. Ramírez became a legend in Los Padres.\n\nSome municipalities of Los Padres lost a large share of their inhabitants.", []string{"Popular Union"}, "UP", "", "", "Los Padres"},
	{"person a lower-case title introduces", ruleTitleRun,
		"The Chaco Peace Conference (CPC) opened in Buenos Aires in May 1935. The Argentine foreign minister, Carlos Medina Lamas, presided.", []string{"Chaco Peace Conference"}, "CPC", "", "", "Carlos Medina Lamas"},
	{"person whose name a hyphen joins", ruleJoinedPerson,
		"The Alliance of the Bakongo (ABAKO), a cultural association of the Kongo people led by Joseph Kala-Mbuta, grew into a political movement.", []string{"Alliance of the Bakongo"}, "ABAKO", "", "", "Joseph Kala-Mbuta"},
	{"name a document noun heads", ruleDocumentHead,
		"In December 1986 the government pushed the Final Point Law through parliament. The Final Point Law gave prosecutors sixty days to file new charges.\n\nIn 1990 the Supreme Court upheld it.", []string{"Supreme Court"}, "", "", "", "Final Point Law"},
	{"sentence-opening word capitalised mid-sentence", ruleMidStopCap,
		"In 1974 the former premier came home from exile. His new party, New Alliance, won the election in November.", []string{"New Alliance"}, "", "", "", ""},
	{"a title's full stop ending its sentence", ruleTitleStop,
		"Governors were appointed by the president. Kavurmo, the Front for the Liberation of Veldia, has governed since independence in 1975.", []string{"Front for the Liberation of Veldia"}, "", "Kavurmo", "", ""},
	{"a person's noun in lower case that is no leader's", ruleTitleLeader,
		"Fighters of the Veldian Front (VF) and its ally Kavurmo blocked the airport road on Monday.\n\nThe VF said its ally Kavurmo held the terminal. Kavurmo fighters set up roadblocks.", []string{"Veldian Front", "Kavurmo"}, "VF", "", "", ""},
	{"a one-word name described as a person", ruleSoloPerson,
		"The Veldian Front (VF) took the north in 1971. Kavurmo, a former physical education lecturer who had commanded its fighters, became its leader.\n\nThe Kavurmo faction was purged in 1978, and in 1980 the Kavurmo leaders fled.", []string{"Veldian Front"}, "VF", "", "", "Kavurmo"},
	{"unknown words written as factions and their leaders", ruleGroupCue,
		"The ruling party was split between two bitter factions, Kavur and Zemel. In 1978 the Kavur leader became president.\n\nA year later the Zemel faction was purged.", []string{"Kavur", "Zemel"}, "", "", "", ""},
	{"unknown word the text makes act", ruleActing,
		"Two organisations came to dominate the underground. The Kavurmas, who drew on the radical left, kidnapped a general in May 1970.\n\nThe Kavurmas announced their return to armed struggle in 1974. By 1977 the Kavurmas suffered heavy losses.", []string{"Kavurmas"}, "", "", "", ""},
	{"people named by a place", ruleMembersPlace,
		"Widows of the Plaza Verde, an association of women whose sons had disappeared, marched every Thursday from 1977. In May the bishop received their leaders.", []string{"Widows of the Plaza Verde"}, "", "", "", ""},
	{"names set under a group noun by and other", ruleHyponym,
		"Veldt Watch and other foreign relief agencies published reports on hunger in 1984.", []string{"Veldt Watch"}, "", "", "", ""},
	{"names set under a group noun by such as", ruleHyponym,
		"In the hills, militias such as Kataib Rua and Jund Sahil held the passes. Ethnic groups such as the Magar fled.", []string{"Kataib Rua", "Jund Sahil"}, "", "", "", "Magar"},
	{"names set under a group noun a plural purpose makes an organisation's", rulePurposeGroup,
		"Veldt Vigil and other foreign human rights groups published reports on torture in 1984.", []string{"Veldt Vigil"}, "", "", "", ""},
	{"names a purpose group noun lists by including", rulePurposeGroup,
		"Human rights groups, including Torvan Vigil, have called for an inquiry. Ethnic groups such as the Magar fled.", []string{"Torvan Vigil"}, "", "", "", "Magar"},
	{"a list going on past an item's description", ruleDescribedItem,
		"In the hills, militias, including Kataib Rua (KR), a coastal force that guards the port, and Jund Sahil, held the passes.", []string{"Jund Sahil"}, "", "", "", ""},
	{"names set beside a plural group noun by commas", ruleApposedList,
		"The principal opposition parties, the Veldian Party, Torva Harak and Mahavon, boycotted the poll.", []string{"Torva Harak", "Mahavon"}, "", "", "", ""},
	{"a body given letters after from", ruleGroupSource,
		"Tens of thousands gathered in response to a call from the Veldian National Assembly (VNA).", []string{"Veldian National Assembly"}, "VNA", "", "", ""},
	{"a name glossed by as the group noun is known", ruleAsKnown,
		"The Harvalat, as the regional government is known, said about two million ballots had been counted.", []string{"Harvalat"}, "", "", "", ""},
	{"a group noun in the British spelling", ruleBritishSpelling,
		"Reports by international humanitarian organisations, including Torvan Vigil, documented detention without trial.", []string{"Torvan Vigil"}, "", "", "", ""},
	{"foreign names listed beside an organisation", ruleListedWith,
		"Kataib Rua, Jund al-Sahil and the Coastal Liberation Front rejected the plan on Monday.", []string{"Kataib Rua", "Jund al-Sahil"}, "", "", "", ""},
	{"complement coordinating nouns with commas", ruleSerialComplement,
		"In 1974 power passed to the Provisional Council of the Army, Navy and Air Force, known as the Kesh. The Kesh arrested the emperor in September.", []string{"Provisional Council of the Army, Navy and Air Force"}, "", "Kesh", "", "Navy and Air Force"},
	{"complement of plural nouns with commas", ruleSerialComplement,
		"The Supreme Council of Workers, Peasants and Soldiers took control of the capital in March.", []string{"Supreme Council of Workers, Peasants and Soldiers"}, "", "", "", "Peasants and Soldiers"},
	{"name in use before its formal name", ruleFormalName,
		"In 1955 the eastern states joined the Northern Pact, formally the Treaty Organization of Northern Friendship. The Northern Pact sent troops into Veldia in 1968.", []string{"Northern Pact"}, "", "Treaty Organization of Northern Friendship", "", ""},
	{"formal name given in full in brackets", ruleFormalName,
		"The Northern Pact (in full, the Organization of the Treaty of Northern Friendship) sent troops into Veldia. The Northern Pact withdrew in 1970.", []string{"Northern Pact"}, "", "Organization of the Treaty of Northern Friendship", "", ""},
	{"group noun with a complement after a lower-case word", ruleMidComplement,
		"In 1976 the president closed the Senate and set up an appointed Council of Elders in its place. The generals kept real power.", []string{"Council of Elders"}, "", "", "", ""},
	{"translation after a name and its group noun", ruleVerbalGloss,
		"The protest was led by the opposition Palang Rua party (the name translates roughly as \"Free Valley\"), which won ten seats in March.", []string{"Palang Rua"}, "", "Free Valley", "", "Free Valley"},
	{"literal translation naming an organisation", ruleVerbalGloss,
		"In 1990 the monks formed Dhamma Sena (literally \"Army of the Law\") in the hills. Dhamma Sena attacked police posts that winter.", []string{"Dhamma Sena"}, "", "Army of the Law", "", ""},
	{"meaning of a party's name", ruleVerbalGloss,
		"The coalition is headed by the Sam Khet party (meaning \"Common Justice\"), set up with the army's blessing.", []string{"Sam Khet"}, "", "Common Justice", "", ""},
	{"plural name counted, not dated", ruleCounted,
		"In 1998 Coastal Rangers attacked the port.\n\nThe war killed 255 servicemen and three Harbour Islanders.", []string{"Coastal Rangers"}, "", "", "", "Harbour Islanders"},
	{"conflict the title names", ruleTitleSubject,
		"---\ntitle: Veldan Rebellion\n---\n\nThe **Veldan Rebellion**, also called the Veldan War, was an insurgency fought between 1963 and 1976 in Veldo. The Veldan Liberation Front (VLF) led it from the hills.", []string{"Veldan Liberation Front"}, "VLF", "", "", "Veldan Rebellion"},
	{"letters given to a subject of a verb", ruleAcronymActs,
		"The Baloch groups are not the only militants in the province. The northern Taliban, formally Tehrik-i-Taliban Lerat (TTL), operates in the hills.", []string{"Tehrik-i-Taliban Lerat"}, "TTL", "", "", ""},
	{"letters given to a subject of a passive", ruleAcronymActs,
		"All parties except the president's own Mouvement Populaire de la Liberté (MPL) were banned in 1967.", []string{"Mouvement Populaire de la Liberté"}, "MPL", "", "", ""},
	{"name members are known by", ruleMembersKnown,
		"A larger insurrection started in the east in 1964. Moving north through the hills, fighters known as Kuvas, from the local word for hawks, routed the demoralised army.", []string{"Kuvas"}, "", "", "", ""},
	{"person arrested after an aside", ruleHeldPerson,
		"Tomas Verrado, a long-serving ally of the president who ran the State Security Committee (SSC), was removed from his post.\n\nTomas Verrado, until last week the head of the service, has been arrested on suspicion of treason.", []string{"State Security Committee"}, "SSC", "", "", "Tomas Verrado"},
	{"person killed whose first name is a people's", ruleKilledPerson,
		"The 26th of July Movement (M-26) was led inside the country by a national directorate that included Frank Pazo, Celia Sanz and Armando Hart.\n\nIn Santiago, Frank Pazo led an uprising on 30 November. Frank Pazo was shot dead by police in a Santiago street on 30 July 1957.", []string{"26th of July Movement"}, "", "", "", "Frank Pazo"},
	{"plural name counted", ruleCounted,
		"A garrison of seventy Royal Coast Marines held the harbour. The Royal Coast Marines surrendered on 2 April.\n\nThe war killed 255 servicemen and three Harbour Islanders.", []string{"Royal Coast Marines"}, "", "", "", "Harbour Islanders"},
	{"places a verb of taking acts on", ruleCaptured,
		"The Western Liberation Front (WLF) invaded in July. Godo, Kerri Dahan and Wardo were in rebel hands by early August.\n\nIn March government columns recaptured Godo, Kerri Dahan and Wardo.", []string{"Western Liberation Front"}, "WLF", "", "", "Kerri Dahan"},
	{"document a verb of documents acts on", ruleDocument,
		"The Valley Liberation Front (VLF) kept fighting. In March 1978 the prime minister signed the Internal Settlement with two moderate leaders.", []string{"Valley Liberation Front"}, "VLF", "", "", "Internal Settlement"},
	{"document a participle follows", ruleDocument,
		"The Valley Liberation Front (VLF) took power in 1959. The first Land Reform Settlement, signed on 17 May 1959, capped the size of estates.", []string{"Valley Liberation Front"}, "VLF", "", "", "Land Reform Settlement"},
	{"document's letters", ruleDocumentLetters,
		"On 9 December 2002 the Valley Liberation Front (VLF) and the government signed the Cessation of Hostilities Accord (CHA) in Geneva. The CHA set up a joint committee.", []string{"Valley Liberation Front"}, "VLF", "", "", "CHA"},
	{"meeting after at and a possessive", ruleAtDeterminer,
		"The Valley Liberation Front (VLF) took power in 1975. At its Second Congress in March 1980 the front declared itself socialist.", []string{"Valley Liberation Front"}, "VLF", "", "", "Second Congress"},
	{"meeting after at and an indefinite article", ruleAtDeterminer,
		"The Valley Liberation Front (VLF) rose in 1959. At a Round Table Conference held in the capital in 1960, the colonial power agreed to independence.", []string{"Valley Liberation Front"}, "VLF", "", "", "Round Table Conference"},
	{"a body's description after the name", ruleBodyApposed,
		"On 15 March the Vorkhal, Iran's lower house of parliament, voted to nationalise the oil industry. With a majority in the Vorkhal behind him, the premier held a referendum in August.", []string{"Vorkhal"}, "", "", "", ""},
	{"a body's description before the name", ruleBodyApposed,
		"The wells were run by the state. A second firm, Tarnagaz, ran the fields to the north. The strike began at Tarnagaz in May.", []string{"Tarnagaz"}, "", "", "", ""},
	{"a legislature written where it sits", ruleAssemblyHead,
		"The increases were announced yesterday in the Veldan People's Assembly by the deputy prime minister. In a statement to the Veldan People's Assembly on Thursday, the prime minister blamed the left.", []string{"Veldan People's Assembly"}, "", "", "", ""},
	{"person whose surname an article opens", ruleParticleSurname,
		"The Southern Liberation Front (SLF) seized the port in May. Karim el-Verrado, a young protester, was struck on the head by a canister.", []string{"Southern Liberation Front"}, "SLF", "", "", "Karim el-Verrado"},
	{"person described beside the name", ruleAppositivePerson,
		"The Southern Liberation Front (SLF) seized the port in May. The president appointed Tomas Verrado, a former head of the national electoral commission, in his place.", []string{"Southern Liberation Front"}, "SLF", "", "", "Tomas Verrado"},
	{"person killed", ruleKilledPerson,
		"In June 1950 the Coastal Liberation Army (CLA) attacked three estates near the river. Tomas Penwick was killed at his office, while two planters were shot nearby.", []string{"Coastal Liberation Army"}, "CLA", "", "", "Tomas Penwick"},
	{"person shot dead", ruleKilledPerson,
		"In June 1950 the Coastal Liberation Army (CLA) attacked three estates near the river. Tomas Penwick was shot dead at his office, while two planters were wounded nearby.", []string{"Coastal Liberation Army"}, "CLA", "", "", "Tomas Penwick"},
	{"description opening mid-sentence", ruleDescribedMid,
		"In 1961 a peasant movement, the Tam Rua, seized the valley.", []string{"Tam Rua"}, "", "", "", ""},
	{"gloss in quotes between a name and its comma", ruleParenGloss,
		"In 1961 a peasant movement, the Tam Rua (\"Free Valley\"), seized the valley.", []string{"Tam Rua"}, "", "", "", ""},
	{"sentence-opening word capitalised after the", ruleArticleStopCap,
		"The talks were brokered by the All Coast Conference of Churches, which had worked with both sides.", []string{"All Coast Conference of Churches"}, "", "", "", "Coast Conference of Churches"},
	{"defined opener the text writes in lower case", ruleNeverLower,
		"In 1990 the Northern Army moved north. Kavula, a peasant militia led by a young healer, claimed that ritual made its fighters immune to bullets.\n\nHealers brewed kavula from a river plant.", []string{"Northern Army"}, "", "", "", "Kavula"},
	{"letters beside a name before a copula", ruleLettersCopula,
		"The force will stay until the United Nations Observer Mission in Veldia, UNOMIV, is ready to take over.", []string{"United Nations Observer Mission in Veldia"}, "UNOMIV", "", "", ""},
	{"alias given in another language", ruleAliasLanguage,
		"The war was carried by one organisation: the Ketu Liberation Front (KLF), known in Afaan Ketu as Adda Walabummaa Ketuu. Today the front is a small legal party.", []string{"Ketu Liberation Front"}, "KLF", "Adda Walabummaa Ketuu", "", ""},
	{"bracketed name joined by its own connectors", ruleForeignBracket,
		"The exiles who fought beside the colonel came to be known as the Coastal Brigade (Brigada del Litoral), a loose network of revolutionaries.", []string{"Coastal Brigade"}, "", "Brigada del Litoral", "", ""},
	{"translation quoted after the letters", ruleLettersQuoted,
		"He ran for the Kilusang Bagong Lakas (KBLK, \"New Strength Movement\"), the ruling party he had founded in 1978.", []string{"Kilusang Bagong Lakas"}, "KBLK", "New Strength Movement", "", ""},
	{"name in its own language before its letters", ruleNativeLetters,
		"In 1931 the governors founded the Veldian Renewal Party (Partido Renovador Veldiano, PRV) to bring the regional bosses under one roof.", []string{"Veldian Renewal Party"}, "PRV", "Partido Renovador Veldiano", "", ""},
	{"translation, then the letters of the name before", ruleGlossedLetters,
		"In 1956 the movement set up a legal party in the capital, the Tam Rua Hak Sat (Free Valley Front, TRHS), to contest the elections.", []string{"Tam Rua Hak Sat"}, "TRHS", "Free Valley Front", "", ""},
	{"source telling its own deeds", ruleReportsOwn,
		"The Secretaría de Defensa Costera (SEDECO) said it had sent two battalions to the port on Monday.", []string{"Secretaría de Defensa Costera"}, "SEDECO", "", "", ""},
	{"owner's letters opening a body's name", ruleOpenedByLetters,
		"The Veldian Liberation Front (VLF) sent fighters to Osk in May.\n\nOn 2 June the Veldian Liberation Front Central Committee adopted a resolution on the crisis.\n\nAfter the VLF Central Committee vote, the fighters left.", []string{"Veldian Liberation Front Central Committee"}, "", "VLF Central Committee", "", "VLF Central Committee"},
	{"body named without its owner", ruleOwnedRest,
		"The Northern Union (NU) met in Harwick in March.\n\nThe NU's Peace and Security Council sent a mission to Veldia.\n\nThe Peace and Security Council then met again in April.", []string{"NU's Peace and Security Council"}, "", "Peace and Security Council", "", "Peace and Security Council"},
	{"a country's letters in a body's name spelled out", ruleSpelledInitials,
		"The United States Marines landed at Tarvo in May 2013 to help the relief effort.\n\nBy June the US Marines had flown 400 sorties from the airfield.", []string{"United States Marines"}, "", "US Marines", "", "US Marines"},
	{"body named without an owner the gazetteer knows", ruleKnownOwner,
		"On 3 May the United Nations Security Council met on the Veldian crisis.\n\nThe Security Council then adopted a resolution calling for a ceasefire.", []string{"United Nations Security Council"}, "", "Security Council", "", "Security Council"},
	{"a name opened by an indefinite article at a sentence's start", ruleSameKey,
		"3.3 A Commission of Guarantors was formed at the beginning of January to facilitate contact between the parties.\n\n3.4 The Veldian Liberation Front was represented by one of its members. The Commission of Guarantors was present throughout.", []string{"Commission of Guarantors"}, "", "", "", "A Commission of Guarantors"},
	{"body named without its owner, its head first", ruleOwnedHead,
		"The Northern Union (NU) met in Harwick in March.\n\nA report by the NU Panel of Experts said arms reached the rebels.\n\nThe Panel of Experts met again in April.", []string{"NU Panel of Experts"}, "", "Panel of Experts", "", "Panel of Experts"},
	{"body named without its two owners' letters", ruleOwnedHead,
		"The Veldian National Union (VNU) and its army, the Veldian National Army (VNA), fought on.\n\nIn 2007 a commander signed a separate ceasefire, founding the VNU/VNA Peace Council.\n\nThe Peace Council kept its guns.", []string{"VNU/VNA Peace Council"}, "", "Peace Council", "", "Peace Council"},
	{"gloss after or keeping the article after its connector", ruleOrGlossArticle,
		"The accord was signed by the aged leader of the Tehrik-e-Nifaz-e-Adl-e-Veldia, or Movement for the Enforcement of Veldian Law, in May.", []string{"Tehrik-e-Nifaz-e-Adl-e-Veldia"}, "", "Movement for the Enforcement of Veldian Law", "", ""},
	{"gloss after or following the name's letters", ruleOrAfterLetters,
		"The guerrillas were renamed the Hukbong Mapalaya ng Veldia (HMV), or Veldian Liberation Army, and their ranks grew.\n\nBy 1950 the HMV held the plains.", []string{"Hukbong Mapalaya ng Veldia"}, "HMV", "Veldian Liberation Army", "", ""},
	{"letters and an English name side by side", rulePairedApposition,
		"In 1979 the agency was renamed KAV, the Workers' Intelligence Institute. KAV arrested thousands.", []string{"Workers' Intelligence Institute"}, "KAV", "", "", "KAV"},
	{"an English name and one in its own language side by side", rulePairedApposition,
		"In 1902 a rebel proclaimed a Free Republic, the Republika ng Kaveldian, in the hills. The Republika ng Kaveldian lasted four years.", []string{"Free Republic"}, "", "Republika ng Kaveldian", "", "Republika ng Kaveldian"},
	{"the name with letters takes the other", ruleLetteredTakes,
		"The accord was signed by the aged leader of the Tehrik-e-Nifaz-e-Adl-e-Veldia, or Movement for the Enforcement of Islamic Law, widely known by its initials TNAV.\n\nThe TNAV rejected it.", []string{"Movement for the Enforcement of Islamic Law"}, "TNAV", "Tehrik-e-Nifaz-e-Adl-e-Veldia", "", "Tehrik-e-Nifaz-e-Adl-e-Veldia"},
	{"letters with a number an alias gives", ruleAliasLetters,
		"The UN Special Committee on Veldian Decolonization, often called the C-25, reviews the territory every year.", []string{"UN Special Committee on Veldian Decolonization"}, "C-25", "", "", ""},
	{"a name written in both numbers", rulePluralSpelling,
		"The Veldistas were a rebel movement founded in 1926 by peasants of the west.\n\nIn 1927 a young Veldista commander was put to death.", []string{"Veldistas"}, "", "Veldista", "", ""},
	{"body founded and given letters", ruleFoundedLetters,
		"In March 1977 the government created Joint Operations (JointOps), under General Varn, to direct the army and police.", []string{"Joint Operations"}, "JointOps", "", "", ""},
	{"defined foreign word opening sentences only", ruleForeignOpener,
		"In 1990 a new force appeared in the north. Kavula, a peasant militia led by a young healer, claimed that ritual made its fighters immune to bullets.", []string{"Kavula"}, "", "", "", ""},
	{"group noun before a name its letters follow", ruleNounBeforeLetters,
		"A banker in exile leads the banned opposition movement Free Choice of Veldia (SVV), which backed the strike.", []string{"Free Choice of Veldia"}, "SVV", "", "", ""},
	{"body an organisation runs", ruleBodyOfOrg,
		"The Security Council established the United Nations Operation in Veldia (ONUVEL) on 16 December 1992 to monitor the ceasefire.", []string{"United Nations Operation in Veldia"}, "ONUVEL", "", "", ""},
	{"leader's title before a person's name", ruleTitledPerson,
		"The Royal Marines fought at Government House until Governor Rex Hunt ordered them to surrender.", []string{"Royal Marines"}, "", "", "", "Governor Rex Hunt"},
	{"military unit numbered before its qualifier", ruleUnitNumber,
		"Admiral Varn commanded the carrier group, and 4 Marine Brigade under Brigadier Holt formed the core of the landing force.", []string{"4 Marine Brigade"}, "", "", "", ""},
	{"a name written only inside another's foreign name", ruleInnerName,
		"On 25 April 1974 the Armed Forces Movement (Movimento das Forças Armadas, MFA), a clandestine organisation of officers, overthrew the regime.\n\nThe delegates formed a regular army, the People's Revolutionary Armed Forces (Forças Armadas Revolucionárias do Povo, FARP).\n\nThe MFA promised elections.", []string{"Armed Forces Movement"}, "MFA", "", "", "Forças Armadas Revolucionárias"},
	{"a numbered paragraph opening with a bold entry", ruleNumberedEntry,
		"## 4. Actors\n\n4.1 **Government of Veldia.** The government, headed by President Tol, has led the prosecution.\n\n4.2 **The recruited men.** The seventy men detained comprise nationals of four states.", []string{"Government of Veldia"}, "", "", "", "recruited men"},
	{"a label a sentence on a group noun follows", ruleSentenceEntry,
		"## Actors\n\n- **Government of Veldia.** The government, headed by President Tol, has led the prosecution of the plotters.", []string{"Government of Veldia"}, "", "", "", "recruited men"},
	{"a person's possessive before a name whose letters follow another language", ruleOwnerPossessive,
		"The vote of 1980 went to the left, ahead of General Varn's Nationalist Democratic Action (ADN), which the officers backed.\n\nThe ADN lost the vote in the Senate.", []string{"Nationalist Democratic Action"}, "ADN", "", "", ""},
	{"a ruling house's government, whose name a prince's title opens too", ruleRulingHouse,
		"In March 1898 the Qarn government agreed to lease the bay and the port of Osk to Veldia for ninety-nine years.\n\nNegotiations opened in the autumn of 1900, with Li Hongzhang and Prince Qarn (Yikuang) representing the court.\n\nIn 1911 a revolution brought down the Qarn dynasty.", []string{"Qarn government"}, "", "", "", ""},
	{"a heading that is a name and letters another language spells", ruleHeadingLetters,
		"## Inter-Veldian Mission to Monitor the Osk Agreements (MIVOA)\n\nWelcome to the first press briefing of the Inter-Veldian Mission to Monitor the Osk Agreements, which you will hear us call MIVOA.\n\nMIVOA was set up by the four mediating heads of state to supervise the disarmament.", []string{"Inter-Veldian Mission to Monitor the Osk Agreements"}, "MIVOA", "", "", "MIVOA"},
	{"letters with a lower-case tail after the foreign name that spells them", ruleGlossMixed,
		"At dawn units of the Veldian Armed Forces (Forces armées veldiennes, FAVe), supported by armoured cars, crossed into the strip.\n\nThe FAVe advanced on Osk.", []string{"Veldian Armed Forces"}, "FAVe", "", "", ""},
	{"letters in another language after the second of two names and the joins", ruleCoordinatedLetters,
		"The Karn War was a brief armed conflict between Veldia and the Tarvan People's Army (JNV) that followed independence.\n\nThe JNV had about 22,000 soldiers in Veldia.", []string{"Tarvan People's Army"}, "JNV", "", "", "JNV"},
	{"a translation of as many words as the bracketed foreign name its letters spell", ruleGlossCount,
		"A party representing the island community, the Oceanian Dawn (Aube océanienne, AO), founded in 2019, often holds the balance of power.\n\nThe AO voted with the loyalists.", []string{"Oceanian Dawn"}, "AO", "", "", ""},
	{"a translation and a lower-case kind before the bracketed foreign name", ruleGlossCount,
		"The Prolonged People's War tendency (Guerra Popular Prolongada, GPP), led by Tomás Varn, held to the original strategy.\n\nThe GPP fought on in the mountains.", []string{"Prolonged People's War"}, "GPP", "", "", ""},
	{"an accented capital opening a foreign name is its letter", ruleFoldedInitial,
		"A party representing the island community, the Oceanian Dawn (Éveil océanien, EO), founded in 2019, often holds the balance of power.\n\nThe EO voted with the loyalists.", []string{"Oceanian Dawn"}, "EO", "", "", ""},
	{"letters with the number the name holds", ruleDigitLetters,
		"The sacking marks a victory for the so-called Generation 40 (G40), a faction of younger officials.\n\nThe G40 rallied around the first lady.", []string{"Generation 40"}, "G40", "", "", ""},
	{"a name known as another across a description", ruleDescribedKnown,
		"On 22 July 1944 the Veldian Committee of National Liberation, a communist-dominated body soon known as the Oster Committee, proclaimed itself in Chełm.\n\nThe Oster Committee ran the liberated east.", []string{"Veldian Committee of National Liberation"}, "", "Oster Committee", "", ""},
	{"letters, then the foreign name they come from", ruleLettersSource,
		"The war was fought by the Veldian Liberation Front (FREVEL, from the Portuguese Frente de Libertação de Veldia) against the colonial army.", []string{"Veldian Liberation Front"}, "FREVEL", "", "", ""},
	{"letters from a foreign name, after a name in bold", ruleLettersSource,
		"The war was fought by the **Veldian Liberation Front** (FREVEL, from the Portuguese Frente de Libertação de Veldia) against the colonial army.", []string{"Veldian Liberation Front"}, "FREVEL", "", "", ""},
	{"foreign name and letters after a semicolon", ruleGlossSeparator,
		"The Movement of Democratic Forces of Veldia (Mouvement des forces démocratiques de Veldia; MFDV) is the main separatist movement in the region.\n\nThe MFDV fought the army.", []string{"Movement of Democratic Forces of Veldia"}, "MFDV", "", "", ""},
	{"foreign name and letters after a dash", ruleGlossSeparator,
		"Movement of Democratic Forces of the Veldia (Mouvement des Forces Democratiques de Veldia – MFDV) was formed in 1982 as a social protest movement.\n\nThe MFDV fought the army.", []string{"Movement of Democratic Forces of the Veldia"}, "MFDV", "", "", ""},
	{"translation and the letters of the name before after a semicolon", ruleGlossSeparator,
		"In 1956 the movement set up a legal party in the capital, the Tam Rua Hak Sat (Free Valley Front; TRHS), to contest the elections.", []string{"Tam Rua Hak Sat"}, "TRHS", "Free Valley Front", "", ""},
	{"letters and a quoted gloss after a semicolon", ruleGlossSeparator,
		"The party had won power through an alliance with **Velda Yekka** (VY; \"the King Alone\"), a royalist movement formed in 1961.\n\nVY members later crossed the floor.", []string{"Velda Yekka"}, "VY", "", "", ""},
	{"foreign name and letters over a line's end", ruleGlossBroken,
		"Harriers struck the airfield, and the Veldian Air Force (*Fuerza Aérea Veldiana*,\nFAV) lost several aircraft.", []string{"Veldian Air Force"}, "FAV", "", "", ""},
	{"title word opening a body's name", ruleTitleOpens,
		"On 30 March the General Confederation of Workers (*Confederación General de Obreros*, CGO) called a march.", []string{"General Confederation of Workers"}, "CGO", "", "", ""},
	{"name after a group noun a determiner opens", ruleDeterminedNoun,
		"Its leader in exile heads the banned opposition movement Free Choice of Veldia, which backed the strike.", []string{"Free Choice of Veldia"}, "", "", "", ""},
	{"hyphenated name after a group noun", ruleDeterminedNoun,
		"Attacks on pilgrims were claimed by the sectarian outfit Jamaat-e-Sadiq in 2012.", []string{"Jamaat-e-Sadiq"}, "", "", "", ""},
	{"party described by its aim, not a community", ruleCommunityHead,
		"The Highland Front, a party committed to preserving minority rule, won the 1962 election.", []string{"Highland Front"}, "", "", "", ""},
	{"towns listed after a locative", rulePlaceList,
		"The Northern Army kept brigades at Harwick, Dunmore, Tollan and Brede.\n\nTollan, Brede and Harwick were in rebel hands by August.", []string{"Northern Army"}, "", "", "", "Tollan"},
	{"borrowed word a group noun glosses", ruleGlossedWord,
		"The sultan's officers raised the harkiya, irregular companies of hill tribesmen, from men who had surrendered.\n\nBy 1973 the harkiya numbered some 2,000 men.", []string{"harkiya"}, "", "", "", ""},
	{"name a group noun calls so-called", ruleSoCalled,
		"Each leader kept his militia, and the government added a paramilitary force under the interior ministry, the so-called Garde populaire, which recruited in the south.", []string{"Garde populaire"}, "", "", "", ""},
	{"military unit numbered", ruleUnitNumber,
		"The Northland Defence Force sent its 14 Battalion, recruited from former rebels, across the border.", []string{"14 Battalion"}, "", "", "", ""},
	{"two-word name an indefinite description follows", ruleAppositionPerson,
		"The ministry later hired Northgate Logistics, a private security company run by former officers.", []string{"Northgate Logistics"}, "", "", "", ""},
	{"a name after a noun whose first sense is an organization, a person's later", ruleOrgFirstNamed,
		"The state oil company Torvecor said protesters had occupied three oil fields.", []string{"Torvecor"}, "", "", "", ""},
	{"a person-shaped name after a modified noun whose first sense is an organization", ruleOrgFirstNamed,
		"His rule relied on the presidential party Tarva Na Tarva (TNT), whose name means \"Work\".", []string{"Tarva Na Tarva"}, "", "", "", ""},
	{"a person-shaped name a description an organization heads follows", ruleOrgHeaded,
		"Among the movement's members are Les Veilleurs, the party of the economist Anton Varga, whose offices were raided.", []string{"Les Veilleurs"}, "", "", "", ""},
	{"name begun before a connector", ruleNameBegun,
		"Opponents formed the Union for Civic Renewal, an opposition coalition, in 2004.", []string{"Union for Civic Renewal"}, "", "", "", "Civic Renewal"},
	{"name begun inside a parenthesis", ruleNameBegun,
		"The UFR (Union for Civic Renewal), a coalition of small parties, contested the vote.", []string{"Union for Civic Renewal"}, "", "", "", "Civic Renewal"},
	{"name without an organisation word", ruleDefiner,
		"Ahl al-Thabat is a jihadist group that split from its parent in 2015.", []string{"Ahl al-Thabat"}, "", "", "", ""},
	{"state as a group noun", ruleOrgHead,
		"Fighters loyal to the Islamic State of the Upper Valley crossed the river.", []string{"Islamic State of the Upper Valley"}, "", "", "", ""},
	{"title word heading an organisation", ruleAcronym,
		"Delegates of the General People's Congress (GPC) walked out of the talks.", []string{"General People's Congress"}, "GPC", "", "", ""},
	{"possessive acronym", ruleAcronym,
		"The Union for Peace (UP's) delegates walked out.", []string{"Union for Peace"}, "UP", "", "", ""},
	{"two definitions in one sentence", ruleAcronym,
		"Talks joined the Union for Peace (UP) and the Convention of Free Patriots (CFP) in May.", []string{"Union for Peace", "Convention of Free Patriots"}, "UP", "", "", ""},
	{"acronym after a comma", ruleAcronym,
		"Bédié endorsed Ouattara through the Rally of Houphouëtists for Democracy and Peace, or RHDP, in 2010.", []string{"Rally of Houphouëtists for Democracy and Peace"}, "RHDP", "", "", ""},
	{"acronym in another language", ruleAcronym,
		"On Tuesday the People's Consultative Assembly (MPR) revoked the decree.", []string{"People's Consultative Assembly"}, "MPR", "", "", ""},
	{"short form first, letters in another language", ruleAcronym,
		"He led the RDR (Rally of the Republicans) in the north.", []string{"Rally of the Republicans"}, "RDR", "", "", ""},
	{"described before the acronym", ruleAcronym,
		"The main rebel group was the Liberians United for Reconciliation and Democracy (LURD), backed from abroad.", []string{"Liberians United for Reconciliation and Democracy"}, "LURD", "", "", ""},
	{"capitalised name headed by a group noun", ruleOrgHead,
		"The vote was annulled by the Constitutional Council and then by the Independent Electoral Commission.", []string{"Constitutional Council", "Independent Electoral Commission"}, "", "", "", ""},
	{"parliament acting as a party", ruleOrgHead,
		"Then the National Assembly voted to suspend the accord.", []string{"National Assembly"}, "", "", "", ""},
	{"plural person noun heading a name", ruleOrgHead,
		"Crowds of the Young Patriots blocked the road.", []string{"Young Patriots"}, "", "", "", ""},
	{"ordinal opening a name", ruleOrgHead,
		"The task force is built around the army's 1st Infantry Division, reinforced by marines.", []string{"1st Infantry Division"}, "", "", "", ""},
	{"number closing a name", ruleOrgHead,
		"The soldiers serve with Combined Task Force 635 under a single command.", []string{"Combined Task Force 635"}, "", "", "", ""},
	{"place joined over a stop capital", ruleOrgHead,
		"Officers came from the Australian Protective Service, New Zealand Police and the police of Fiji.", []string{"New Zealand Police"}, "", "", "", ""},
	{"parenthesised qualifier", ruleOrgHead,
		"A breakaway group headed by Deuba formed the Nepali Congress (Democratic) in 2002.", []string{"Nepali Congress (Democratic)"}, "", "", "", ""},
	{"complement opened by to", ruleOrgHead,
		"Troops of the Regional Assistance Mission to Solomon Islands landed in July.", []string{"Regional Assistance Mission to Solomon Islands"}, "", "", "", ""},
	{"complement opened by on", ruleOrgHead,
		"Above us sits the International Contact Group on Madagascar. It gathers the mediators.", []string{"International Contact Group on Madagascar"}, "", "", "", ""},
	{"complements joined by and", ruleOrgHead,
		"The mutiny began in the Corps of Personnel and of Administrative and Technical Services at dawn.", []string{"Corps of Personnel and of Administrative and Technical Services"}, "", "", "", "Corps of Personnel"},
	{"list governed by a group noun", ruleList,
		"Ahl al-Thabat, Liwa Salam and the Crescent Brigade were the main rebel groups in the valley.", []string{"Ahl al-Thabat", "Liwa Salam"}, "", "", "", ""},
	{"quoted name after known as", ruleKnownAs,
		"In the south a coalition known as \"Dawn of the Coast\" took the port.", []string{"Dawn of the Coast"}, "", "", "", ""},
	{"name after called", ruleKnownAs,
		"Later a paramilitary unit called the Scorpions was linked to killings.", []string{"Scorpions"}, "", "", "", ""},
	{"name after calling itself", ruleKnownAs,
		"A shadowy armed group calling itself the “Invisible Blade” attacked the army.", []string{"Invisible Blade"}, "", "", "", ""},
	{"name after led by the", ruleActor,
		"The assault was led by the Shura of Mujahideen of Derna, and it failed.", []string{"Shura of Mujahideen of Derna"}, "", "", "", ""},
	{"fighters of", ruleActor,
		"Fighters of the Amal movement took part in some engagements.", []string{"Amal"}, "", "", "", ""},
	{"pledged allegiance to", ruleActor,
		"In 2014 the cell pledged allegiance to Jund al-Khilafa and changed its name.", []string{"Jund al-Khilafa"}, "", "", "", ""},
	{"split from", ruleActor,
		"The faction split from Ansar Beit al-Maqdis in 2015.", []string{"Ansar Beit al-Maqdis"}, "", "", "", ""},
	{"a capitalised phrase the span model accepts", ruleSpanModel,
		"Food was flown in by the World Food Programme (WFP). Later the World Food Programme warned that stocks were low.", []string{"World Food Programme"}, "WFP", "", "", ""},
	{"allied with", ruleActor,
		"They were allied with the Ahl al-Sunna in the east.", []string{"Ahl al-Sunna"}, "", "", "", ""},
	{"apposition after the name", ruleApposition,
		"The war pitted Velbollah, the Shia Islamist movement based in the south, against Israel.", []string{"Velbollah"}, "", "", "", ""},
	{"apposition with copula", ruleApposition,
		"One such outfit, the Mai-Mai Kifuafua, was a government-aligned militia.", []string{"Mai-Mai Kifuafua"}, "", "", "", ""},
	{"what the text says it does", ruleContext,
		"Velbollah fighters fired rockets at the border. Later Velbollah fighters withdrew and Velbollah fired again.", []string{"Velbollah"}, "", "", "", ""},
	{"national government acting", ruleBody,
		"The Lebanese government, led by Siniora, declared that it had no prior knowledge of the raid.", []string{"Lebanese government"}, "", "", "", ""},
	{"known as after a subject and copula", ruleKnownAs,
		"The self-defence movements involved in such killings are known as the Koglweogo, a word meaning guardians of the bush.", []string{"Koglweogo"}, "", "", "", ""},
	{"known in a language as", ruleKnownAs,
		"The military, known in Burmese as the Tatmadaw, governs through a council.", []string{"Tatmadaw"}, "", "", "", ""},
	{"known as after a common noun and comma", ruleKnownAs,
		"North of the capital, in the rice-growing valley, a group known as Gran Grif has massacred farmers.", []string{"Gran Grif"}, "", "", "", ""},
	{"apposition with a nation's adjective", ruleApposition,
		"Alongside it operated Licorne, the French military force that had been in the country since 2002.", []string{"Licorne"}, "", "", "", ""},
	{"apposition after a name of three words", ruleLongApposition,
		"Blame fell on the industries minister and on the Jathika Sevaka Sangamaya, a trade union linked to the ruling party.", []string{"Jathika Sevaka Sangamaya"}, "", "", "", ""},
	{"apposition after a name of four words", ruleLongApposition,
		"Opposition activists who escaped arrest organised the Lok Sangharsh Samiti Manch, a coordinating body for underground resistance.", []string{"Lok Sangharsh Samiti Manch"}, "", "", "", ""},
	{"apposition in Markdown emphasis", ruleApposition,
		"- **Mahidi**, a group active in Ainaro district.\n\nVillagers fled from Mahidi raids.", []string{"Mahidi"}, "", "", "", ""},
	{"acronym in another language after a long name", ruleAcronym,
		"In 2020 parliament created the Volunteers for the Defence of the Homeland (VDP), civilians who receive a weapon.", []string{"Volunteers for the Defence of the Homeland"}, "VDP", "", "", ""},
	{"place named after the group noun", ruleAcronym,
		"Soldiers of the Multinational Force Haiti (MFH) patrolled the port.", []string{"Multinational Force Haiti"}, "MFH", "", "", ""},
	{"acronym after a comma, letters in another language", ruleAcronym,
		"In 2019 officers formed the Movement for Patriotic Renewal, or RPM (Renouveau patriotique du mouvement), and took power.", []string{"Movement for Patriotic Renewal"}, "RPM", "", "", ""},
	{"acronym named as such after known by", ruleAcronym,
		"The raids were carried out by the Army of the Faithful, known by its Arabic acronym JAM (Jaysh al-Mu'minin), in the east.", []string{"Army of the Faithful"}, "JAM", "", "", ""},
	{"initials named without parentheses", ruleAcronym,
		"Soldiers of the Royal Armed Forces, known by their Thai initials as the KTT, guarded the road.", []string{"Royal Armed Forces"}, "KTT", "", "", ""},
	{"family's name heading a group the text describes", ruleBody,
		"The first is the Kato group, a local armed organization founded by the brothers Omar and Ali Kato. Later Omar Kato fled.", []string{"Kato group"}, "", "", "", ""},
	{"foreign name and acronym in one parenthesis", ruleAcronym,
		"The Royal Guard (Garde Royale, GR) held the palace.", []string{"Royal Guard"}, "GR", "", "", ""},
	{"list items beside one the text defines", ruleSiblings,
		"- **Sabil Nur** (SN, \"Road of Light\"), based in the port and led by a cleric;\n- **Harrak**, a militia active in the hills.", []string{"Sabil Nur", "Harrak"}, "SN", "", "", ""},
	{"group noun heading a name before of", ruleAcronym,
		"The Party of Democratic Action (SDA), led by the lawyer Alija Izetbegović, drew its support from Bosniaks.", []string{"Party of Democratic Action"}, "SDA", "", "", ""},
	{"hyphened name before a group noun", ruleBody,
		"Critics, including the Ata-Zhurt movement, a nationalist group with deep roots in the south, said the vote was unfair.", []string{"Ata-Zhurt movement"}, "", "", "", ""},
	{"name before a group noun", ruleBody,
		"Beyond the city the Maute group, a local terrorist organization, held out. The Maute brothers led it.", []string{"Maute group"}, "", "", "", ""},
	{"syllabic acronym written as a word", ruleWordAcronym,
		"Security rested with the Indonesian authorities, and in particular with the Indonesian National Police (Polri).", []string{"Indonesian National Police"}, "Polri", "", "", ""},
	{"quoted long form", ruleQuotedLong,
		"In 2005 seven parties formed a coalition known as the \"Seven Party Alliance\" (SPA), which talked.", []string{"Seven Party Alliance"}, "SPA", "", "", ""},
	{"acronym of a name another rule finds", ruleNamedAcronym,
		"Lawmakers said they had formed a body they called the Committee Representing Pyidaungsu Hluttaw, or CRPH, and declared it the legislature.", []string{"Committee Representing Pyidaungsu Hluttaw"}, "CRPH", "", "", ""},
	{"acronym of a name with its qualifier", ruleQualified,
		"The main parties were the Nepali Congress and the Communist Party of Nepal (Unified Marxist–Leninist), usually abbreviated CPN-UML, led by Madhav Kumar Nepal.", []string{"Communist Party of Nepal (Unified Marxist–Leninist)"}, "CPN-UML", "", "", ""},
	{"name given to a group just described", ruleNamedAfter,
		"Troops of the International Force East Timor (INTERFET) landed in Dili.\n\nAustralia accepted the invitation to lead the force, which is known as the International Force East Timor (INTERFET).", []string{"International Force East Timor"}, "INTERFET", "", "accepted the invitation", ""},
	{"name after a description of its kind", ruleNamedAfter,
		"Delegates of the Nepali Congress (NC) met in May.\n\nThe main parliamentary parties were the Nepali Congress (NC), led by Koirala, and others.", []string{"Nepali Congress"}, "NC", "", "main parliamentary parties", ""},
	{"bold heading defines nothing", ruleHeading,
		"**Fact Sheet — Regional Assistance Mission to Solomon Islands (RAMSI)**\n\nThe Regional Assistance Mission to Solomon Islands is a partnership of Pacific countries, led by Australia.", []string{"Regional Assistance Mission to Solomon Islands"}, "RAMSI", "", "partnership of Pacific", ""},
	{"alias across a description", ruleAliases,
		"Serb volunteers, some of them former members of the Serb Volunteer Guard, a paramilitary group also known as Arkan's Tigers, were attached to police.", []string{"Serb Volunteer Guard"}, "", "Arkan's Tigers", "", ""},
	{"name a group calls itself", ruleAliases,
		"The first is the Maute group, a local terrorist organization based in Lanao del Sur that calls itself Dawlah Islamiyah.", []string{"Maute group"}, "", "Dawlah Islamiyah", "", ""},
	{"short form and a plainer name", ruleAliases,
		"The rebels were the Communist Party of Nepal (Maoist), a Maoist party.\n\nThe **CPN (Maoist)**, often shortened to CPN-M or simply \"the Maoists\", directed the insurgency.", []string{"Communist Party of Nepal (Maoist)"}, "CPN-M", "Maoists", "", ""},
	{"definition repeated in another language", ruleTranslated,
		"The Kosovo Liberation Army (KLA), in Albanian *Ushtria Çlirimtare e Kosovës* (UÇK), was a decentralised guerrilla organisation.", []string{"Kosovo Liberation Army"}, "KLA", "UÇK", "", ""},
	{"initials with the name's qualifier", ruleQualShort,
		"The rebels were the Communist Party of Nepal (Maoist), a Maoist party.\n\nThe **CPN (Maoist)** directed the insurgency.", []string{"Communist Party of Nepal (Maoist)"}, "", "CPN (Maoist)", "", ""},
	{"a parent's letters and a bracketed qualifier name a wing", ruleQualifiedSplit,
		"The Karn Liberation Front (KLF) fought the army of Valdoria from 1986. A faction that wanted to keep negotiating broke away in 2008 and became known as the KLF (Progressive).\n\nQUESTION (Radio Velda): Who leads the KLF (Progressive) now?", []string{"KLF (Progressive)"}, "", "", "", "QUESTION (Radio Velda)"},
	{"a name widened to the words the text always writes with it", ruleWrittenWhole,
		"Under the accord a body known as the Commissariat au Nord was created to oversee the development programme.\n\nIn 1993 the Commissariat au Nord opened an office in Gao.", []string{"Commissariat au Nord"}, "", "Commissariat", "", ""},
	{"a number closing a name of its own, not a common noun's", ruleWrittenWhole,
		"At the head of a new movement called Cambio 90, he won the election. Refugees stayed in the settlement known as Site 2.\n\nCambio 90 held only a minority of seats.", []string{"Cambio 90"}, "", "", "", "Site 2"},
	{"named by the word the text uses", ruleNameByUse,
		"The armed wing, the Armed Forces for the National Liberation of East Timor (Falintil), observed a ceasefire.\n\nFalintil is associated with the resistance.\n\nFalintil fighters stayed in cantonments.", []string{"Falintil"}, "", "Armed Forces for the National Liberation of East Timor", "", ""},
	{"list item opening with the name in bold", ruleLead,
		"The war pitted Hezbollah, the Shia Islamist movement, against Israel.\n\n- **Hezbollah**, led by its secretary-general Hassan Nasrallah.", []string{"Hezbollah"}, "", "", "secretary-general", ""},
	{"paragraph opening with the name as subject", ruleLead,
		"The mission deployed at the request of the Solomon Islands Government.\n\nThe Solomon Islands Government retains full sovereignty.", []string{"Solomon Islands Government"}, "", "", "retains full sovereignty", ""},
	{"a line the text writes as a place", ruleLooseHead,
		"The United Nations Interim Force in Lebanon (UNIFIL) watched the Blue Line. Hezbollah built positions along the Blue Line.", []string{"United Nations Interim Force in Lebanon"}, "UNIFIL", "", "", "Blue Line"},
	{"a capitalised description is part of a name", ruleCapitalPhrase,
		"The Kachin Independence Army (KIA) attacked a post as the military opened the Armed Forces Museum with a parade.", []string{"Kachin Independence Army"}, "KIA", "", "", "Museum"},
	{"name read whole beside its opening words", rulePartial,
		"Independence came after a struggle led by the African Party for the Independence of Guinea and Cape Verde (PAIGC), the movement founded by Amílcar Cabral.", []string{"African Party for the Independence of Guinea and Cape Verde"}, "PAIGC", "", "", "African Party for the Independence of Guinea"},
	{"initials in another language after an adverb", ruleKnownBy,
		"The National Council for the Defence of Democracy–Forces for the Defence of Democracy, universally known by its initials CNDD-FDD, kept fighting.", []string{"National Council for the Defence of Democracy–Forces for the Defence of Democracy"}, "CNDD-FDD", "", "", ""},
	{"initials given a sentence later", ruleInitials,
		"In 1976 Hasan di Tiro founded the Free Aceh Movement. Known in Indonesian as Gerakan Aceh Merdeka and almost always referred to by its initials, GAM, the movement fought on.", []string{"Free Aceh Movement"}, "GAM", "", "", ""},
	{"initials in another language beside an acronym", ruleInitials,
		"Armed men of the National Liberation Army (NLA), an ethnic Albanian insurgent group known in Albanian by the initials UÇK, clashed with police.", []string{"National Liberation Army"}, "NLA", "UÇK", "", ""},
	{"nation's body through its troops", ruleBody,
		"Senegal sent soldiers, and Guinea dispatched around 400 troops of the Guinean army.", []string{"Guinean army"}, "", "", "", ""},
	{"body named by a plainer name", ruleAliases,
		"The Army of the Republic of Bosnia and Herzegovina (ARBiH), usually called simply the Armija, was assembled in weeks. It fought beside the Armija of old.", []string{"Army of the Republic of Bosnia and Herzegovina"}, "ARBiH", "Armija", "", ""},
	{"place qualifying a force", ruleOrgHead,
		"Our troops on the ground belong to Joint Task Force Marawi, which is built around the 1st Infantry Division.", []string{"Joint Task Force Marawi"}, "", "", "built around", ""},
	{"initials the text writes for a name", ruleInitialsUsed,
		"Press briefing at the AFP General Headquarters with the spokesperson of the Armed Forces of the Philippines.", []string{"Armed Forces of the Philippines"}, "AFP", "", "", ""},
	{"gloss between a name and its description", ruleGloss,
		"Ranged against them is Viv Ansanm, Haitian Creole for \"living together\", an alliance formed last September.", []string{"Viv Ansanm"}, "", "", "", ""},
	{"a group presenting itself", ruleSelfDescribed,
		"Another, RED-Tabara, which presents itself as the armed wing of the opposition, has claimed attacks.", []string{"RED-Tabara"}, "", "", "", ""},
	{"names opening with a number", ruleNumbered,
		"Other gangs joined the alliance. The 400 Mawozo, notorious for kidnappings, controls the east, while 5 Segonn, led by Johnson André, holds the port.", []string{"400 Mawozo", "5 Segonn"}, "", "", "", ""},
	{"describing clause after the name", ruleLead,
		"A spokesperson of Joint Task Force Marawi spoke.\n\nOur troops belong to Joint Task Force Marawi, which is built around the 1st Infantry Division.", []string{"Joint Task Force Marawi"}, "", "", "built around", ""},
	{"letters a later definition spells out", ruleNamedAcronym,
		"The army, later renamed the Tentara Nasional Indonesia (TNI), swept the villages.\n\nIn May the TNI launched its largest operation. The TNI attacked.", []string{"Tentara Nasional Indonesia"}, "TNI", "", "", "TNI"},
	{"name after a noun phrase referring back", ruleKnownAs,
		"The party built a youth wing. That youth wing, known as the Imbonerakure (\"those who see far\"), is central to the crisis.", []string{"Imbonerakure"}, "", "", "", ""},
	{"first paragraph naming what is named in passing", ruleFirstMention,
		"Alongside it stood the intellectuals of Rastokhez and others.\n\nThe DPT, Rastokhez and Lali Badakhshon remained members of the opposition groups.", []string{"Rastokhez"}, "", "", "intellectuals of Rastokhez", ""},
	{"body taken up by its head in the next paragraph", ruleAnaphor,
		"Talks moved to the Regional Security Council, where two drafts competed.\n\nThe Council adopted a truce plan on 3 May.", []string{"Regional Security Council"}, "", "", "adopted a truce plan", ""},
	{"school written as a place", ruleSchoolHead,
		"A crowd of the Aldor People's Party marched on the Aldor Friendship University and burned its hostels.", []string{"Aldor People's Party"}, "", "", "", "Aldor Friendship University"},
	{"acronym after a gloss between dashes", ruleDashGloss,
		"His party is Aldo i Vanatra — \"I love Vanatra\" — usually shortened to AIV. He founded it in 2002.\n\nThe AIV won.", []string{"Aldo i Vanatra"}, "AIV", "", "", ""},
	{"letters of the owner's acronym and the body's name", rulePartLong,
		"The Southern Economic Bloc (SEB) deployed its Ceasefire Patrol Group, known as SEBCPG, to the border. SEBCPG troops held the bridge.", []string{"SEBCPG"}, "SEBCPG", "", "", ""},
	{"body said to be founded", ruleFounding,
		"Delegates of the Free Aceh Movement met in May.\n\nIn 1976 Hasan di Tiro founded the Free Aceh Movement.", []string{"Free Aceh Movement"}, "", "", "di Tiro founded", ""},
	{"acronym after a description beside the name", ruleDescribedAcronym,
		"Guinea-Bissau is a member of the Economic Community of West African States, the regional bloc known as the ECOWAS, but the ECOWAS stayed out.", []string{"Economic Community of West African States"}, "ECOWAS", "", "", "ECOWAS"},
	{"acronym after a description, with no article", ruleDescribedAcronym,
		"The first plane chartered by the Office of the UN High Commissioner for Refugees, the refugee agency known as UNHCR, landed. UNHCR staff unloaded it.", []string{"UN High Commissioner for Refugees"}, "UNHCR", "", "", "UNHCR"},
	{"acronym heading a list item", ruleBoldAcronym,
		"- **KFOR.** The NATO-led Kosovo Force maintains its base in Skopje.", []string{"Kosovo Force"}, "KFOR", "", "", ""},
	{"name listed beside a name", ruleListedName,
		"The main parties were the Nepali Congress and the Communist Party of Nepal (Unified Marxist–Leninist), usually abbreviated CPN-UML, led by Madhav Kumar Nepal.\n\nIts members were the Nepali Congress, the CPN-UML, the Nepal Sadbhawana Party and others.", []string{"Communist Party of Nepal (Unified Marxist–Leninist)"}, "CPN-UML", "", "led by Madhav", ""},
	{"name owning a noun", ruleHeadPossessive,
		"The Tekoha Movement's leader told reporters the government had broken its promises.", []string{"Tekoha Movement"}, "", "", "", "Tekoha Movement's"},
	{"members named by a common noun", ruleMembersCommon,
		"The rebels are active in the east. The Sons of the Valley said this morning they had taken the town.", []string{"Sons of the Valley"}, "", "", "", "Valley"},
	{"letters listed with names as a subject", ruleLettersActor,
		"As of this week, the State of Cambodia, FUNCINPEC and the KPNLF have begun moving troops into the cantonment sites.", []string{"FUNCINPEC"}, "", "", "moving troops", ""},
	{"letters qualified as a splinter", ruleQualLetters,
		"In December 1969 the movement split. On 31 August 1994 the Provisional IRA announced a cessation of military operations.", []string{"Provisional IRA"}, "", "", "cessation", ""},
	{"letters folded into the name they stand for", ruleFoldLetters,
		"The first organised armed force was the Jammu Kashmir Liberation Front, founded in 1977.\n\nThe JKLF announced itself on 8 December 1989, when its gunmen abducted a minister's daughter.", []string{"Jammu Kashmir Liberation Front"}, "JKLF", "", "", "JKLF"},
	{"alias given with an adverb", ruleAliasAdverb,
		"Hizbul Mujahideen, known simply as \"the Hizb\", was set up in 1989.\n\nBetween 1990 and 1992 the Hizb emerged as the largest group.", []string{"Hizbul Mujahideen"}, "", "Hizb", "", "Hizb"},
	{"alias given after adverbs of time and manner", ruleAliasAdverb,
		"Students and workers merged into a single body, the Frente de Accion Popular-Rojos (Popular Action Front), generally shortened to FAP-R or simply FAP.\n\nThe FAP robbed banks in 1969.", []string{"Frente de Accion Popular-Rojos"}, "FAP-R", "FAP", "", "FAP"},
	{"alias given with a verb of naming after the comma", ruleAliasNaming,
		"In 1971 the officers formed the Army Coordinating Board, popularly nicknamed the Kamato.\n\nThe Kamato ruled for ten years.", []string{"Army Coordinating Board"}, "", "Kamato", "", "Kamato"},
	{"alias given with another verb of naming", ruleAliasNaming,
		"In 1971 the officers formed the Army Coordinating Board, later styled the Kamato.\n\nThe Kamato ruled for ten years.", []string{"Army Coordinating Board"}, "", "Kamato", "", "Kamato"},
	{"alias given after a soon", ruleAliasAdverb,
		"In 1971 the officers formed the Army Coordinating Board, soon known simply as the Kamato.\n\nThe Kamato ruled for ten years.", []string{"Army Coordinating Board"}, "", "Kamato", "", "Kamato"},
	{"a name the resource knows, never introduced", ruleKnownOrg,
		"Veldia had been a member of NATO since 1952, and its officers trained at the alliance's schools.\n\nIn 1974 the new government left NATO's integrated command.", []string{"NATO"}, "", "", "", ""},
	{"letters in mixed case after a name", ruleMixedLetters,
		"Agents of the Veldish State Security (VtB) arrested the editors in March, and the VtB later ran the camps.", []string{"Veldish State Security"}, "VtB", "", "", ""},
	{"letters that are the initials in another order", rulePermutedLetters,
		"In the April election the conservative Popular Liberal Centre (CPL) won 9 per cent of the vote.", []string{"Popular Liberal Centre"}, "CPL", "", "", ""},
	{"a word the text calls an abbreviation", ruleSyllabicNamed,
		"The plotters forgot the general who commanded the Mountain Reserve Command, better known by its Veldish abbreviation Kovrad. Kovrad troops retook the square.", []string{"Mountain Reserve Command"}, "Kovrad", "", "", ""},
	{"a name \"and\" joins to a body's, a plural", ruleAndBeside,
		"The Karn War was fought in the north of Valdoria between 1988 and 1991. Valdoria tolerated two guerrilla groups, the Torvask Brothers and the White Legion, which staged ambushes in the hills. The White Legion raided a police post in 1990.", []string{"Torvask Brothers"}, "", "", "", ""},
	{"a name \"and\" joins to a body's, of another language", ruleAndBeside,
		"The Karn War was fought in the north of Valdoria between 1988 and 1991. In May the Veldian Liberation Front (VLF) and Torvakosi raided the depot at Osk. The VLF said it held the depot.", []string{"Torvakosi"}, "", "", "", ""},
	{"a body's description before the name, mid-sentence", ruleDescribedBefore,
		"Agents of the Veldish police and the military intelligence service, the Ostikhbarat, screened the detainees that spring.", []string{"Ostikhbarat"}, "", "", "", ""},
	{"a body's description before a name with no article, the head before an adjective", ruleDescribedBefore,
		"In 1957 the king created a paramilitary force loyal to him, Tarvakor, which became a byword for repression.", []string{"Tarvakor"}, "", "", "", ""},
	{"a description a possessive opens, before the name", rulePossessiveDescribed,
		"Marek came back from exile in July. His new party, Civic Dawn, won the November elections with half the vote.", []string{"Civic Dawn"}, "", "", "", ""},
	{"letters first, then the name after or", ruleLettersFirstOr,
		"The lowland Veldish set up their own body that winter: the VDSZ, or Veldish Democratic Alliance of Ostria, to give it its English name. The VDSZ joined the talks.", []string{"Veldish Democratic Alliance of Ostria"}, "VDSZ", "", "", ""},
	{"a kind of person before known as", rulePersonKnown,
		"The plot was run by the Veldan Workers' Party (VWP) through a secret bureau headed by a party operative known as Tomas Ardel, working with a few officers.", []string{"Veldan Workers' Party"}, "VWP", "", "", "Tomas Ardel"},
	{"a proper name before a lower-case party", ruleLowerParty,
		"The junta fell in 1938, but the movement its colonels had led lived on as the Renovador party.", []string{"Renovador party"}, "", "", "", ""},
	{"the relative whose before a proper name and a lower-case party", ruleWhoseParty,
		"The vice-president, Tomas Ardel, whose small Harva Ittihad party is part of the governing coalition, has distanced himself from the arrests.", []string{"Harva Ittihad"}, "", "", "", ""},
	{"a quoted name before a bracketed name in another language", ruleMarkedBefore,
		"Witnesses said the gunmen included members of a group that called itself the \"Brides of Thunder\" (Novias del Trueno), which took orders from the colonel.", []string{"Brides of Thunder"}, "", "Novias del Trueno", "", ""},
	{"a name with a capital preposition before an alias in another language", ruleMarkedBefore,
		"The marches are led by a loose network called Workers Against Hunger, known in Veldic as the Harvomirodhi Tarvo Andolan, which grew out of strikes in the docks.", []string{"Workers Against Hunger"}, "", "Harvomirodhi Tarvo Andolan", "", ""},
	{"a possessive before a proper name and a lower-case party", rulePartyOwner,
		"The caretaker cabinet had governed since his Palang Veld party won the election of 1975.", []string{"Palang Veld"}, "", "", "", ""},
	{"a hyphened modifier before a proper name and a lower-case party", rulePartyOwner,
		"The bill, backed by the right-wing Fuerza Tarva party of Keiko Ventor, fell short of the votes needed.", []string{"Fuerza Tarva"}, "", "", "", ""},
	{"a proper name of two words before a lower-case movement", ruleMovementName,
		"Young Ambonese held peace meetings in 2000, and many of them were drawn to the Tarva Kale movement that year. Others joined the Shia Islamist movement.", []string{"Tarva Kale"}, "", "", "", "Shia Islamist"},
	{"letters for a name a person's noun that titles nobody opens", ruleLetteredTitle,
		"Cumulatively, the figures compiled by the National Tarva Response Centre (NTRC) stand at 8,704 cases.\n\nThe NTRC launched a house-to-house campaign in December.", []string{"National Tarva Response Centre"}, "NTRC", "", "", ""},
	{"a proper name over a lower-case military noun", ruleLowerHead,
		"By mid-morning columns of armoured vehicles from the Veldovskaya tank division were rolling along the ring roads.", []string{"Veldovskaya tank division"}, "", "", "", ""},
	{"letters a list entry's colon holds before a name", ruleHeldLetters,
		"The rising of 1960 was led by three bodies.\n\n- **TLM**: the Movement for Tarva Liberation, a party founded in 1958 by exiles.\n\nIn 1961 the TLM attacked the depot at Osk.", []string{"Movement for Tarva Liberation"}, "TLM", "", "", "TLM"},
	{"one acronym, a name ending another", ruleFoldSameLetters,
		"In 1980 the All Assam Students' Union (AASU) and the All Assam Gana Parishad, a federation of village clubs, called a general strike.\n\n- **All Assam Students' Union (AASU)**: the students' federation behind the strike.", []string{"All Assam Students' Union"}, "AASU", "", "", "Assam Students' Union"},
	{"one word that is another's short form", ruleFoldShortWord,
		"The two old parties, the Harbour Party and the Union Party (whose members are known as Verdes), shared power.\n\n- **Union Party (Verdes)**: the other traditional party.", []string{"Union Party"}, "Verdes", "", "", "Verdes"},
	{"alias given past a bracketed original", ruleAliasPastGloss,
		"In 1990 the cleric founded the Veldian Assembly for Renewal (al-Majlis al-Veldi lil-Tajdid), known simply as Tajdid.\n\nTajdid backed the president in the war.", []string{"Veldian Assembly for Renewal"}, "", "Tajdid", "", "Tajdid"},
	{"alias in brackets with its article", ruleBracketedAlias,
		"Britain and the International Fund for Harbour Development (the Harbour Bank) withdrew their offers.\n\nThe Harbour Bank said nothing more.", []string{"International Fund for Harbour Development"}, "", "Harbour Bank", "", "Harbour Bank"},
	{"publisher named by its short name", ruleShortPublisher,
		"---\ntitle: T\npublisher: Larkfield Institute for Peace and Conflict Studies\n---\n\nThis primer from the Larkfield Institute sets out who the actors were. The Ulster Volunteer Force was formed in 1966.", []string{"Ulster Volunteer Force"}, "", "", "", "Larkfield Institute"},
	{"two groups listed, not one name", ruleSplitListed,
		"The Cocoyes are a militia loyal to Lissouba.\n\nIn December 1999 the government and field commanders of the Cocoyes and Ninjas signed a ceasefire.", []string{"Ninjas", "Cocoyes"}, "", "", "", "Cocoyes and Ninjas"},
	{"people described as an ethnic group", ruleCommunity,
		"The National Union for the Total Independence of Angola (UNITA) recruited mainly among the Ovimbundu, the largest ethnic group, of the central highlands.\n\nThe same winter saw the flight of the Kashmiri Pandits, the Valley's small Hindu minority.", []string{"National Union for the Total Independence of Angola"}, "UNITA", "", "", "Kashmiri Pandits"},
	{"group noun placed by its seat before known as", rulePlacedNoun,
		"The two fronts had fought side by side against the military government in Addis Ababa, known as the Derg, and brought it down in May 1991.", []string{"Derg"}, "", "", "", ""},
	{"word people call a kind of group", ruleCalledGroups,
		"Nicaraguans have long called such pro-government gangs \"turbas\", or mobs. The turbas beat protesters in Masaya.", []string{"turbas"}, "", "", "", ""},
	{"letters a party's verb acts on", ruleLettersObject,
		"In the 1990s the government rearmed with oil revenues and fought UNITA in the central highlands.", []string{"UNITA"}, "", "", "rearmed", ""},
	{"alias given by a coordinated verb phrase", ruleAliasCoordinated,
		"In December 1969 the movement split. The breakaway faction, which took the name Provisional IRA and was soon known simply as the \"Provos\", committed itself to force.\n\nOn 31 August 1994 the Provisional IRA announced a cessation of military operations.", []string{"Provisional IRA"}, "", "Provos", "", ""},
	{"organisation's name going on with a participle", ruleOrgBeforeParticiple,
		"France kept its largest presence in Africa in Djibouti, the French Forces stationed in Djibouti (FFDj), which numbered about 3,800 troops.", []string{"French Forces stationed in Djibouti"}, "FFDj", "", "", ""},
	{"name going on over of the", ruleOfThe,
		"A group calling itself Hawks of the Delta has claimed attacks there.", []string{"Hawks of the Delta"}, "", "", "", ""},
	{"body named by its noun alone", ruleBareBody,
		"The **Assembly**, the country's single-chamber parliament, must approve the laws. On 6 September the Assembly voted to open the procedure, with a majority in the Assembly.", []string{"Assembly"}, "", "", "", ""},
	{"complement naming people", rulePersonComplement,
		"The military today barred the Great Council of Chiefs from meeting.", []string{"Great Council of Chiefs"}, "", "", "", "Great Council"},
	{"name before its complement", ruleShortName,
		"The opposition has organised itself as the Civic Alliance for Justice and Democracy, a broad coalition.\n\nA strike was called by the Civic Alliance. The Civic Alliance wants an early election.", []string{"Civic Alliance for Justice and Democracy"}, "", "Civic Alliance", "", "Civic Alliance"},
	{"name after its places", ruleShortName,
		"It set up the Eritrea–Ethiopia Boundary Commission (EEBC), to delimit the frontier.\n\nThe Boundary Commission, sitting in The Hague, issued its decision.", []string{"Eritrea–Ethiopia Boundary Commission"}, "EEBC", "Boundary Commission", "", "Boundary Commission"},
	{"letters then another name after or", ruleLettersOr,
		"Exiles set up the Front Démocratique de Salut (FDS), or Democratic Salvation Front, in Kinshasa.\n\nThe Democratic Salvation Front attacked border posts.", []string{"Front Démocratique de Salut"}, "FDS", "Democratic Salvation Front", "", "Democratic Salvation Front"},
	{"name dated by an event", ruleDateName,
		"The students themselves speak through the April 19 Student Movement, a network named after the day of the first killings.", []string{"April 19 Student Movement"}, "", "", "", "Student Movement"},
	{"initials after a description", ruleDescribedInitials,
		"The Superior Council of Private Enterprise, the employers' federation better known by its Spanish initials COSEP, said it had not been consulted.", []string{"Superior Council of Private Enterprise"}, "COSEP", "", "", ""},
	{"letters set beside the name", ruleLettersBeside,
		"GENERAL THONIER: The United Nations Organization Mission in the Democratic Republic of the Congo, MONUC, remains present in Bunia. The contacts continue through MONUC.", []string{"United Nations Organization Mission in the Democratic Republic of the Congo"}, "MONUC", "", "", "MONUC"},
	{"name in its own language before its translation", ruleNativeOr,
		"Qarase leads the Soqosoqo Duavata ni Lewenivanua, or United Fiji Party (SDL), a party drawing its support from indigenous Fijians.", []string{"Soqosoqo Duavata ni Lewenivanua"}, "SDL", "United Fiji Party", "", "United Fiji Party"},
	{"nation's army named by its adjective", ruleNationStem,
		"Fighting broke out as soon as the Uganda People's Defence Force (UPDF) pulled its troops out.\n\nThe Ugandan army completed its withdrawal on 6 May.", []string{"Uganda People's Defence Force"}, "UPDF", "Ugandan army", "", "Ugandan army"},
	{"relative clause's subject named", ruleRelativeSubject,
		"The Jebel Regiment held the ridge. After fierce fighting they set up a base that became known as White City.", []string{"Jebel Regiment"}, "", "", "", "White City"},
	{"body given an acronym after a locative", ruleLettered,
		"Nicaragua's Catholic bishops, grouped in the Episcopal Conference of Nicaragua (CEN), agreed today to act as mediators.", []string{"Episcopal Conference of Nicaragua"}, "CEN", "", "", ""},
	{"section's first paragraph naming its subject by description", ruleSectionFirst,
		"## The Langa Commission\n\nThe SADC appointed an independent commission of inquiry. It was chaired by Justice Pius Langa.\n\n- The Langa Commission began its work in mid-August.", []string{"Langa Commission"}, "", "", "chaired by Justice Pius Langa", ""},
	{"name ending a hyphenated compound", ruleCompound,
		"Senegal accused the Bissau-Guinean army of arming the rebels.\n\nGuinea dispatched around 400 troops of the Guinean army.", []string{"Guinean army"}, "", "", "dispatched around", ""},
	{"list item labelled with its parent and name", ruleBoldEntry,
		"Aldoria will send a platoon to Task Force Fox, the new NATO-led operation.\n\n- **NATO — Operation Essential Harvest.** Troops collected weapons.\n- **NATO — Task Force Fox (Operation Amber Fox).** A force of 700 troops will protect civilian monitors.", []string{"Task Force Fox"}, "", "", "protect civilian monitors", ""},
	{"nation's army named plainly", ruleNationalForce,
		"Senegal sent some 1,300 soldiers of the Senegalese Armed Forces.\n\nThe Senegalese army, short of supplies, struck rebel positions.", []string{"Senegalese Armed Forces"}, "", "Senegalese army", "", "Senegalese army"},
	{"nation's army named plainly beside its branches", ruleWholeForces,
		"The Malian Armed Forces crossed the river, while the Malian Air Force struck the airfields.\n\nThe encirclement of the Malian Third Army followed.\n\nThe Malian army, meanwhile, dug in east of the river.", []string{"Malian Armed Forces"}, "", "Malian army", "", "Malian army"},
	{"article after a place opens the name before the letters", ruleArticleBound,
		"Police broke up the strike, while in Jakarta the Indonesian Communist Party (PKI) organised rallies in support.\n\nThe PKI later turned on the army.", []string{"Indonesian Communist Party"}, "PKI", "", "", ""},
	{"two words whose glossed name gives their letters in the other order", ruleGlossCount,
		"The coalition brought together Popular Action (Acción Popular, AP), the party of a former president, and two smaller parties.", []string{"Popular Action"}, "AP", "", "", ""},
	{"one briefing's letters for an English and a foreign name", ruleFoldTranslated,
		"The Veldan Sovereignty Front, known as the FKV (Front Kedaulatan Veldanu), founded in December 2000 by Alex Manuputty, raised the old flag.\n\nThe FKV was banned in 2003.", []string{"Veldan Sovereignty Front"}, "FKV", "Front Kedaulatan Veldanu", "", "Front Kedaulatan Veldanu"},
	{"an English name, or the lettered one of its own language", ruleEnglishOr,
		"The Veldan People's Party, or Partai Rakyat Veldanu (PRV), was founded on 22 January 1956 by Sheikh Azahari.\n\nThe PRV won every elected seat in 1962.", []string{"Veldan People's Party"}, "PRV", "Partai Rakyat Veldanu", "", "Partai Rakyat Veldanu"},
	{"letters of the name's own language, one more than its initials", ruleForeignLetters,
		"The main legal opposition party inside the country, the Convergence for Social Renewal (CPSR), condemned any use of force.", []string{"Convergence for Social Renewal"}, "CPSR", "", "", ""},
	{"named to a post, not a group's name", ruleNamedAppointed,
		"The Veldian Liberation Front (VLF) fought the army until 1971. After his death the party's national political commission named Tomas Varga as interim leader.\n\nThe VLF held a congress.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Tomas Varga"},
	{"named to a post given bare", ruleNamedAppointed,
		"The Veldian Liberation Front (VLF) fought the army until 1971. The rebel council named Tomas Varga prime minister of a rival government.\n\nThe VLF held a congress.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Tomas Varga"},
	{"a person described by a person's noun", rulePersonDescribed,
		"Those detained include Tomas Varga, leader of the Veldian Unionist Party (VUP), and Hamid al-Karsi, the Islamist lawyer who heads the VUP.", []string{"Veldian Unionist Party"}, "VUP", "", "", "Hamid al-Karsi"},
	{"the kind of group between a name and its glossed letters", ruleGlossKindNoun,
		"The centre-left Veldian Popular Unity coalition (Unidad Popular Veldana, UPV) of a former president won the largest share of the vote.\n\nThe UPV formed a government.", []string{"Veldian Popular Unity"}, "UPV", "", "", ""},
	{"letters given to a name in a language that capitalises its first word alone", ruleSentenceCaseForeign,
		"The ruling Parti de l'unité et du progrès (PUP) dismissed the strike as a political manoeuvre.", []string{"Parti de l'unité et du progrès"}, "PUP", "", "", ""},
	{"letters given to a name in another language", ruleForeignLettered,
		"The federal army absorbed the republican Tentara Rakyat Veldania (TRV) and, in theory, the remnants of the colonial army.", []string{"Tentara Rakyat Veldania"}, "TRV", "", "", ""},
	{"letters opening a one-word name's syllables", ruleSyllableLetters,
		"In August 1912 Song merged the League with several smaller groups to form the Guomindang (GMD), or Nationalist Party, which won the elections.", []string{"Guomindang"}, "GMD", "", "", ""},
	{"letters and a mission's number", ruleNumberedLetters,
		"The council established a second Veldia Observer Mission (VOM II) drawn from states that were not permanent members.\n\nVOM II patrolled a buffer zone.", []string{"Veldia Observer Mission"}, "VOM II", "", "", ""},
	{"name without an article, its gloss and a description", ruleOrDescribed,
		"The coalition is headed by Sammaki Dharma, or Justice Unity, a party set up with the military's blessing before the election.", []string{"Sammaki Dharma"}, "", "Justice Unity", "", ""},
	{"name, its quoted gloss and a description", ruleOrDescribed,
		"Civil society groups have also mobilised. Le Balai Veldien, or \"the citizen's rake\", a movement founded last year by two musicians, called for a march.", []string{"Le Balai Veldien"}, "", "citizen's rake", "", ""},
	{"name completing another name", ruleComplement,
		"Deputies of the Serb Democratic Party (SDS) walked out and convened a separate Assembly of the Serb People.", []string{"Serb Democratic Party"}, "SDS", "", "", "Serb People"},
	{"capitalised word opening a list item", ruleOpenerWord,
		"- **30 June 2003:** Foreign ministers of the Pacific Islands Forum met in Sydney.\n\nThe Minister for Foreign Affairs spoke.", []string{"Pacific Islands Forum"}, "", "", "", "Foreign"},
	{"a word after an elided article in a name before its letters", ruleElidedArticle,
		"In 2002 the rebels formed the Patriotic Movement of Terre d'Orvel (Mouvement patriotique de Terre d'Orvel, MPTO). The MPTO took the north.", []string{"Patriotic Movement of Terre d'Orvel"}, "MPTO", "", "", ""},
	{"letters after or that the name holds in order", ruleOrLettersHeld,
		"The regional body sent a force. That force, called the Coastal Mission in Veldia or COMIVE, is to number about 1,300 troops.\n\nIn March COMIVE deployed.", []string{"Coastal Mission in Veldia"}, "COMIVE", "", "", ""},
	{"a title before a name an apposition describes", ruleTitledApposition,
		"In 1971 the Veldian Front (VF) fled abroad, where President Kavo Merrin, a close political ally, gave its leaders a house.", []string{"Veldian Front"}, "", "", "", "Kavo Merrin"},
	{"the word after a paragraph's number opens its sentence", ruleSectionNumber,
		"4.3 The Veldian Front (VF) set up barricades on Saturday. Yesterday, a large crowd gathered near the palace, and there was shooting.\n\n4.4 Yesterday evening, the VF lifted the barricades.", []string{"Veldian Front"}, "", "", "", "Yesterday"},
	{"agency signing a dispatch", ruleDatelineAgency,
		"**OSH, June 12 (Steppe Line) —** The Provisional Government declared a curfew. Steppe Line correspondents saw its troops.", []string{"Provisional Government"}, "", "", "", "Steppe Line"},
	{"acronym spelt out beats a mention", ruleAcronymDefines,
		"Units of the 14th Army and the Joint Control Commission are still there.\n\nThe accord set up a Joint Control Commission (JCC) made up of delegations of three states.\n\nThe JCC still meets.", []string{"Joint Control Commission"}, "JCC", "", "made up of delegations", ""},
	{"paragraph under the name's heading", ruleSectionEntry,
		"Units of the 14th Army backed the separatists.\n\n### The 14th Army\n\nThe Russian 14th Army was formally neutral.", []string{"14th Army"}, "", "", "formally neutral", ""},
	{"letters set beside a name", ruleBesideAcronym,
		"Its best-trained element was the Special Purpose Police Detachment, OPON, a riot unit that was thrown into the fighting. OPON units withdrew.", []string{"Special Purpose Police Detachment"}, "OPON", "", "", "OPON"},
	{"members sitting in a body", ruleMembersIn,
		"The ruling party stood by the president, although many of its deputies in the National People's Assembly called for talks.", []string{"National People's Assembly"}, "", "", "", ""},
	{"description opening the sentence before the name", ruleDescribedFirst,
		"A splinter group that kept part of the name, the UFDD-Fondamentale, follows Abdelwahid Aboud Mackaye.", []string{"UFDD-Fondamentale"}, "", "", "", ""},
	{"name after an object referring back", ruleReferringObject,
		"EU governments formally launched the mission, known as EUFOR Tchad/RCA, on January 28.", []string{"EUFOR Tchad/RCA"}, "", "", "", ""},
	{"adjective of a place written as one", rulePlaceAdjective,
		"Units of the 14th Army stayed neutral. Both sides began to arm. The Transnistrian authorities took over police stations. The war spread in Transnistria.", []string{"14th Army"}, "", "", "", "Transnistrian"},
	{"troops named by their body", ruleContext,
		"The operation ended, in which SADEF troops collected weapons. Later SADEF troops left.", []string{"SADEF"}, "", "", "", ""},
	{"glossary entry with an article", ruleListEntry,
		"- **Coalition of March 9 Youth**: a loose network of student activists that called the first marches.\n- **Veldia Freedom Movement**: an exiled movement based in Harwick.", []string{"Coalition of March 9 Youth"}, "", "", "", ""},
	{"glossary entry without an article", ruleListEntry,
		"- **Kesh-PM**: small splinter group that claimed the bombing of the bus.\n- **Kesh-Renewed**: faction formerly led by Ando Berit, which accepted the deal.", []string{"Kesh-PM", "Kesh-Renewed"}, "", "", "", ""},
	{"glossary entry joining two names", ruleListEntry,
		"- **Tor and Al Hadi**: unlicensed hardline groups based in the hills.\n- **Union of Veldian Workers (UVW)**: the largest trade union.", []string{"Tor", "Al Hadi"}, "", "", "", ""},
	{"glossary entry a spaced dash describes", ruleEntryDash,
		"- **Alliance démocratique pour le renouveau du pays de Kesh (ADRK)** — a Torvan rebel group led by Ando Berit, active across the border.\n- **Coordination des forces pour la démocratie et la république de Kesh (CFDRK)** — the coalition of opposition parties that campaigned against the referendum.", []string{"Alliance démocratique pour le renouveau du pays de Kesh", "Coordination des forces pour la démocratie et la république de Kesh"}, "ADRK", "", "", ""},
	{"glossary entry whose description joins two bodies", ruleCoordinatedEntry,
		"- **Tor and Al Hadi** — the hardline party and its armed wing. In 1973 they set up a front.\n- **Union of Veldian Workers (UVW)**: the largest trade union.", []string{"Tor", "Al Hadi"}, "", "", "", "Tor and Al Hadi"},
	{"glossary entry whose description counts people", ruleEntryCounted,
		"- **Veldia Freedom Movement**: an exiled movement based in Harwick.\n- **Displaced Karns**: more than 200,000 people and their descendants, most still unable to return.", []string{"Veldia Freedom Movement"}, "", "", "", "Displaced Karns"},
	{"translation glossed with or", ruleOrAlias,
		"Police blamed the Tanora Vonjy Malagasy, or Youth Rescue Front, a student movement banned since 1990. The TVM denied it.", []string{"Tanora Vonjy Malagasy"}, "TVM", "Youth Rescue Front", "", ""},
	{"letters glossed with or", ruleOrAlias,
		"Its armed wing, the Veldian People's Liberation Army or VELAS, took to the hills in 1942.\n\nBy 1944 VELAS held the north.", []string{"Veldian People's Liberation Army"}, "VELAS", "", "", "VELAS"},
	{"name in its own language glossing an English one", ruleOrAlias,
		"In 1978 the rebels joined the Coastal Liberation Front, or Frente Costeño, which the army had driven into the hills.", []string{"Coastal Liberation Front"}, "", "Frente Costeño", "", ""},
	{"proper part of a foreign name", ruleProperShort,
		"The Al Nahda National Islamic Society won most seats in 2010.\n\nAl Nahda, the largest opposition society, walked out of the talks in July.", []string{"Al Nahda National Islamic Society"}, "", "Al Nahda", "", "Al Nahda"},
	{"article opening a complement", ruleArticleComplement,
		"In March the hardline groups formed the Coalition for a Republic, which called for the king's fall.", []string{"Coalition for a Republic"}, "", "", "", ""},
	{"article opening a complement of two words", ruleArticleComplement,
		"Exiles in Harwick founded the Alliance for a Free Veldia in 1984.", []string{"Alliance for a Free Veldia"}, "", "", "", ""},
	{"name given letters and a leader", ruleLedBy,
		"The Voice for Veldian Missing Persons (VVMP), led by a retired teacher, has kept a camp in Harwick for a decade.", []string{"Voice for Veldian Missing Persons"}, "VVMP", "", "", ""},
	{"name given letters and a founding", ruleLedBy,
		"After the war the left was represented only by the United Veldian Left (UVL), founded in 1951, which won ten seats.", []string{"United Veldian Left"}, "UVL", "", "", ""},
	{"quoted name glossed in brackets", ruleBracketGloss,
		"Fishermen have staged sit-ins under the banner of the \"Haqqa Dovu Tehrikat\" (Fair Share Movement) since 2019.", []string{"Haqqa Dovu Tehrikat"}, "", "Fair Share Movement", "", "Fair Share Movement"},
	{"name glossed in brackets", ruleBracketGloss,
		"In 1990 the students joined the Tanora Vonjy Malagasy (Youth Rescue Front), which the police had banned.", []string{"Tanora Vonjy Malagasy"}, "", "Youth Rescue Front", "", ""},
	{"a name no article opens, glossed in brackets", ruleBareGloss,
		"A smaller Shia party, **Harvat-e Islami** (Islamic Movement) of Karim Vell, sided with the government.", []string{"Harvat-e Islami"}, "", "Islamic Movement", "", ""},
	{"an article inside a bracketed gloss", ruleGlossArticle,
		"In 1990 the students joined the Tanora Vonjy Malagasy (Front for the Rescue of Youth), which the police had banned.", []string{"Tanora Vonjy Malagasy"}, "", "Front for the Rescue of Youth", "", ""},
	{"letters in brackets head no name", ruleLettersNoHead,
		"Villages were guarded by militias, among them the Rural Defence Battalions (TEA), home guard units loyal to the government.", []string{"Rural Defence Battalions"}, "", "", "", "Rural Defence Battalions (TEA)"},
	{"bracket with a comma is a gloss", ruleGlossNotQualifier,
		"The bands were brought under one command as the Democratic Army of Veldia (Dimokratikos Stratos Veldias, DSV), led by a former officer.", []string{"Democratic Army of Veldia"}, "", "", "", "Democratic Army of Veldia (Dimokratikos Stratos Veldias, DSV)"},
	{"lower-case body quoted again and again", ruleReportingBody,
		"VELDOR, 4 May - The interior ministry said 300 people had been held overnight.\n\nThe Kenyan defence ministry said its first aircraft landed on Thursday. The interior ministry said on Sunday that the curfew would be lifted.\n\nThe Kenyan defence ministry said the withdrawal would be completed by June.", []string{"interior ministry", "Kenyan defence ministry"}, "", "", "", ""},
	{"a title spelt by the letters of a name", ruleTitleInLetters,
		"The council handed power to an elected body, the General Veldian Congress (GVC), on 8 August 2012. Rebels seized the General Veldian Office (GVO) on Monday.", []string{"General Veldian Congress"}, "GVC", "", "", "General Veldian Office"},
	{"lower-case body acting as a party", ruleLowerBody,
		"VELDOR, 4 May - Troops cleared the square overnight. The interim government announced a curfew on Friday, and the party's youth league, led by Anton Vell, marched on the radio station.", []string{"interim government", "youth league"}, "", "", "", ""},
	{"a country's police by its noun alone, acting twice", ruleInstitution,
		"TORVO, 3 May (VNS) — Riot police cleared the main square before dawn on Tuesday, ending a sit-in that had lasted 52 days. Police moved in at about 4:30 a.m. and detained 260 people.", []string{"riot police"}, "", "", "", ""},
	{"an institution's other forms acting are its aliases", ruleInstitutionForms,
		"TORVO, 3 May (VNS) — Veldia's police admitted on Monday that a student had died in custody. Riot police fired tear gas at marchers in the capital today.", []string{"police"}, "", "riot police", "", ""},
	{"a legislature by its noun alone, acting twice", ruleInstitution,
		"The new constitution was drafted in 1990. In March the parliament voted to dismiss the prime minister, and in May the parliament approved a new cabinet.", []string{"parliament"}, "", "", "", ""},
	{"a lower-case body whose modifier the complemented name holding its noun lacks", ruleOtherComplement,
		"VELDOR, 4 May - The Ministry of Youth and Sports closed the stadium. The interior ministry said on Wednesday that 159 people had been killed.", []string{"interior ministry"}, "", "", "", ""},
	{"a lower-case body whose noun is a body by the weight of its senses", ruleBodySense,
		"VELDOR, 4 May - Troops cleared the square overnight. The military junta announced a curfew on Friday.", []string{"military junta"}, "", "", "", ""},
	{"a lower-case body \"and\" joins to a body's letters", ruleCoordinatedBody,
		"The Karn War was fought in the north of Valdoria in 2003. The Valdorian Army (VA), with the support of the Valdorian Rifles (VR) and the militia, cleared the camps in December.", []string{"militia"}, "", "", "", ""},
	{"a lower-case institution \"and\" joins to the army, in two places", ruleCoordinatedBody,
		"The Karn War was fought in the north of Valdoria in 2003. The army and the gendarmerie, unlike the Red Dawn, refused to fire on the crowds.\n\nThe students were opposed by the army and the gendarmerie, commanded largely by northern officers.", []string{"gendarmerie"}, "", "", "", "civil service"},
	{"a list entry labelled by a place's name and a lower-case body's noun", ruleEntryOwnedBody,
		"## Who's who\n\n- **The Veldor government** of Chief Minister Anton Vell, also of the Coastal Party (CP), passed the harbour laws in 2019.\n- **The Osk commission.** The National Commission of Inquiry into the Osk Killings, led by Anton Vell, opposed them.", []string{"Veldor government"}, "", "", "", "Osk commission"},
	{"a list entry labelled by \"The\" and a lower-case body's noun", ruleEntryLowerBody,
		"## Who's who\n\n- **The Coastal Party (CP).** The ruling party, led by Anton Vell, passed the harbour laws in 2019.\n- **The federal police and the Veldian Rifles (VR)** — deployed against the marchers throughout.\n- **The army.** The Veldian People's Army (VPA) supplied most of the soldiers.", []string{"federal police"}, "", "", "", "army"},
	{"a quoted plural term set beside a group's description", ruleQuotedGroup,
		"The Karn War was fought in the north of Valdoria in 2003. In August the \"five majors\", a group of junior officers led by Major Anton Vell, seized the radio station. \"The spoils\", a name borrowed from the press, went to the army.", []string{"five majors"}, "", "", "", "spoils"},
	{"numbered entry labelled by an organisation's name", ruleEntryOrgLabel,
		"4.1 **Government of Veldia.** The government has led the prosecution.\n\n4.2 **Ministry of Harbours.** Its customs officers carried out the arrests in the port and seized the weapons.", []string{"Ministry of Harbours"}, "", "", "", ""},
	{"cited source written by its letters again and again", ruleCitedAgain,
		"An observer mission of the Council of Coastal States (CCS) said the vote was marred by irregularities.\n\nThe CCS said on Monday that the second round had improved. The CCS envoy called for dialogue.", []string{"Council of Coastal States"}, "CCS", "", "", ""},
	{"cited source headed by a singular organisation noun", ruleCitedOrg,
		"The Coastal Organization for Migration (COM) says more than 5,000 people have fled their homes.", []string{"Coastal Organization for Migration"}, "COM", "", "", ""},
	{"cited source reporting on what is its own", ruleReportsOwnLater,
		"The Coastal Food Programme (CFP) said three of its staff had been killed on Saturday.", []string{"Coastal Food Programme"}, "CFP", "", "", ""},
	{"an adverb before a participle closes a description's noun", ruleAdverbParticiple,
		"Weapons were supplied by Tarvo Kendra, an organisation secretly owned by the agency, from 1961.", []string{"Tarvo Kendra"}, "", "", "", ""},
	{"a determined description, then a name with no article", ruleRenamedBare,
		"The war left the country in the hands of the pro-treaty party, Cumann na nDorcha, for the next decade.", []string{"Cumann na nDorcha"}, "", "", "", ""},
	{"a noun after of heads no description of a body", ruleRenamedBare,
		"The war left the country in the hands of the pro-treaty party, Cumann na nDorcha, for a decade. In October 2001 the party's chief of staff, Pierre Harvaza, ousted the leader.", []string{"Cumann na nDorcha"}, "", "", "", "Pierre Harvaza"},
	{"a possessive inside a name set beside a description", ruleRenamedBare,
		"The nationalists won 23 per cent, ahead of the premier's pro-government bloc, Ghana's Choice, with about 15 per cent.", []string{"Ghana's Choice"}, "", "", "", ""},
	{"a name read on over its own language's particle", ruleForeignParticle,
		"In March 1922 the leader founded Cumann na Tarvochta, an anti-treaty political association, and toured the country making speeches.", []string{"Cumann na Tarvochta"}, "", "", "", "Tarvochta"},
	{"an emphasised two-word name in brackets is no person", ruleEmphasisBracket,
		"During the year the guerrilla force, now styled the Rebel Army (*Ejército Rebelde*), established a liberated zone in the mountains.", []string{"Rebel Army"}, "", "Ejército Rebelde", "", ""},
	{"a town's name before military units in the plural", ruleLocalPlural,
		"The Torvo brigades, an alliance of local militias, later became one of the most powerful armed groups in the country.\n\nThe Libyan militias attacked the town in May.", []string{"Torvo brigades"}, "", "", "", "Libyan militias"},
	{"a location noun between a place and a body's noun", ruleDistrictNoun,
		"On Monday the Torvo district police arrested two men at the market.", []string{"Torvo district police"}, "", "", "", ""},
	{"a group's part a possessive opens, named beside it", ruleRenamedWing,
		"The government banned the Veldian Islamic Party, the country's largest Islamist party, and its student wing, Torvo Chhatra Harvir, under the new law.\n\nSince 2005 the party has dominated politics. Its youth wing, the Harvakure, has been accused of killings.", []string{"Torvo Chhatra Harvir", "Harvakure"}, "", "", "", ""},
	{"a group noun modifying the noun of a description beside a name", ruleModifierNoun,
		"Propaganda abroad was handled by Torvapress, a public relations agency in Geneva that sent out hundreds of press releases.", []string{"Torvapress"}, "", "", "", ""},
	{"a publisher's part naming the press, before its owners", rulePublisherPress,
		"---\ntitle: T\npublisher: \"Office of Press and Information, Presidency of the Council of Ministers, Republic of Veldia\"\n---\n\nThe Veldian Liberation Front (VLF) fought the army until 1971.\n\nThe Office of Press and Information thanks the stenographers who made this record.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Office of Press and Information"},
	{"a nation's body as the subject of a verb in the perfect", ruleBodyPerfect,
		"The Veldian Liberation Front (VLF) fought the army until 1971. The Torvan government has protested to Harwick, and we have been in close touch with it.", []string{"Torvan government"}, "", "", "", ""},
	{"a name with no article after an indefinite organisation's noun", ruleBareIndefinite,
		"The Veldian Liberation Front (VLF) fought the army until 1971. A second firm, Karvabasmunai, jointly owned by investors from Harwick, ran a field further north.", []string{"Karvabasmunai"}, "", "", "", ""},
	{"a firm's name of partners an ampersand joins", ruleAmpersandName,
		"The Veldian Liberation Front (VLF) fought the army until 1971. It later emerged that a law firm, Marvek, Phelps & Finch, had been engaged to lobby officials over the request.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Marvek"},
	{"a nation's body a possessive opens", rulePossessedBody,
		"The Veldian Liberation Front (VLF) fought the army until 1971. Its Uruguayan battalion, about 700 soldiers, was in Harwick before us.", []string{"Uruguayan battalion"}, "", "", "", ""},
	{"an article after a preposition deep in a name its letters close", ruleInnerArticle,
		"The Alliance of Herders for a Free and Sovereign Veldia (AHVLS), a Torvan militia led by a former teacher, also clashed with the army.", []string{"Alliance of Herders for a Free and Sovereign Veldia"}, "AHVLS", "", "", ""},
	{"a possessive a quotation mark opens", ruleQuoteOpens,
		"At dawn a statement was read in the name of a \"People's Salvation Council\", claiming that the government had fallen.", []string{"People's Salvation Council"}, "", "", "", "Salvation Council"},
	{"a place's dotted initials before a name", ruleDottedPlace,
		"The airspace over the base was closed, forcing the U.S. Air Force to suspend its operations over Torvo.", []string{"U.S. Air Force"}, "", "", "", "Air Force"},
	{"a preposition inside a name", ruleNamePreposition,
		"An announcer read a statement in the name of a group calling itself the Calm at Home Council. The statement declared a curfew.", []string{"Calm at Home Council"}, "", "", "", "Home Council"},
	{"a headline holding dotted initials", ruleHeadlineInitials,
		"MASS ARRESTS SWEEP ARMY AND JUDICIARY; U.S. AIR BASE CUT OFF\n\nTORVO, May 3 (VNS) — Fighters of the Veldian Liberation Front (VLF) seized the airport on Saturday.\n\nThe VLF said it held the terminal.", []string{"Veldian Liberation Front"}, "VLF", "", "", "MASS ARRESTS SWEEP ARMY"},
	{"a name of common words, no organisation's noun, acting in the past", rulePlainActor,
		"The trials at Osk ended in June. Open Justice Initiative condemned the verdicts and called for the convictions to be quashed.", []string{"Open Justice Initiative"}, "", "", "", ""},
	{"a name of common words acting in the perfect, past an adverb", rulePlainActor,
		"The curfew in Torvo was lifted on Monday. Open Justice Initiative has also published a report on the killings.", []string{"Open Justice Initiative"}, "", "", "", ""},
	{"a name of common words acting past an adverb not in -ly", rulePlainActor,
		"The curfew in Torvo was lifted on Monday. Open Justice Initiative later accused the army of the killings.", []string{"Open Justice Initiative"}, "", "", "", ""},
	{"a name of common words headed by a person's noun is a post", rulePlainActor,
		"The trials at Osk ended in June. Open Justice Initiative condemned the verdicts. The High Commissioner said the trials were fair.", []string{"Open Justice Initiative"}, "", "", "", "High Commissioner"},
	{"a name of common words acting, taken for a person's by its shape", rulePlainShape,
		"The trials at Osk ended in June. Police fired tear gas at the crowd, a practice that Open Justice Initiative said caused many deaths. The Minister for Home Affairs held talks with the families.", []string{"Open Justice Initiative"}, "", "", "", "Home Affairs"},
	{"letters whose name acts past an adverb", ruleActsAdverb,
		"The curfew in Torvo was lifted on Monday. The Veldian Mine Clearance Centre (VMCC) later began clearing the fields near Osk.", []string{"Veldian Mine Clearance Centre"}, "VMCC", "", "", ""},
	{"letters whose name a hyphenated unknown word heads acts", ruleHyphenHead,
		"The curfew in Torvo was lifted on Monday. Jund-Karvasi in the Western Valleys (JKWV) kidnapped seven workers at Osk.", []string{"Jund-Karvasi in the Western Valleys"}, "JKWV", "", "", ""},
	{"a stop capital opening a place inside a defined name", rulePlaceStop,
		"The curfew in Torvo was lifted on Monday.\n\nThe Veldian Council of New Zealand Settlers was a lobby of farmers that opposed the treaty.", []string{"Veldian Council of New Zealand Settlers"}, "", "", "", ""},
	{"a compound adjective in -ed before a name of common words acting", ruleCompoundModifier,
		"The trials at Osk ended in June. Harwick-based Open Justice Initiative condemned the verdicts.", []string{"Open Justice Initiative"}, "", "", "", ""},
	{"a name set beside a person's description is a person's", ruleApposedPerson,
		"The Veldian Liberation Front (VLF) fought the army until 1971. On 8 October the junta named Torvan Haskel, a supreme court judge known for his strongly anti-communist views, as prime minister.", []string{"Veldian Liberation Front"}, "", "", "", "Torvan Haskel"},
	{"a residence's name the text never writes acting is a building", ruleIdleStructure,
		"The Veldian Liberation Front (VLF) fought the army until 1971. On 13 December the conspirators summoned ministers to the Varkel Palace on the pretext that the empress had fallen ill, and held them there.\n\nRebels opened fire on the hostages held in the Green Salon of the Varkel Palace.", []string{"Veldian Liberation Front"}, "", "", "", "Varkel Palace"},
	{"a happening's name a naming verb defines and the text never writes acting is an event", ruleIdleHappening,
		"The Veldian Liberation Front (VLF) fought the army until 1971. In June the two armies shelled Torvo in what residents called the Nine-Day War, killing hundreds.\n\nThe VLF withdrew after the Nine-Day War.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Nine-Day War"},
	{"opening quote of a name", ruleQuoteOpen,
		"On 10 March the front set up the Political Committee of Veldian Liberation (PEV). Villagers spoke only of the \"Hill Government\" in the north.", []string{"Political Committee of Veldian Liberation"}, "", "", "", "\"Hill Government"},
	{"a body's head noun with its of-complement moved before it", ruleInvertedOf,
		"The Veldian Liberation Front (VLF) seized the airport on Saturday. The Ministry of Defence said 12 soldiers had died in Torvo.\n\nThe Defence Ministry later revised the figure.", []string{"Ministry of Defence"}, "", "Defence Ministry", "", "Defence Ministry"},
	{"a people's word before a lower-case population noun", rulePopulationHead,
		"The Veldian Liberation Front (VLF) seized the airport on Saturday. The Grand Mufti told him the Sunni community wanted Harvesk back.\n\nThe Sunni community said on Monday that it would stay out of the vote.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Sunni community"},
	{"a quoted translation after a bracket's letters and a semicolon", ruleLettersQuotedGloss,
		"The Veldian People's Congress had won power at the 1962 elections through an alliance with Kabaka Torva (KT; \"the King Alone\"), a royalist movement formed in 1961.\n\nThe King Alone lost its seats in 1966.", []string{"Kabaka Torva"}, "KT", "King Alone", "", "King Alone"},
	{"a name set beside a people's subdivision", ruleApposedPeople,
		"The Veldian Liberation Front (VLF) drew its fighters mainly from the Torvag, a Tuareg group of vassal status.\n\nThe Torvag fought the VLF in 1994, and the Torvag lost.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Torvag"},
	{"the outlet an emphasised opening note starts with", ruleMasthead,
		"*Torvo Wire News Agency (TWNA), Central Asia desk*\n\nThe Veldian Liberation Front (VLF) seized the airport on Saturday.\n\nThe VLF said it held the terminal.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Torvo Wire News Agency"},
	{"the outlet a question turn's label names", ruleQuestionerOutlet,
		"The Veldian Liberation Front (VLF) seized the airport on Saturday.\n\n**Question (Torvo Wire Service):** When will the VLF leave the airport?\n\nANSWER: We have asked the Torvo Wire Service and others to wait for our statement.", []string{"Veldian Liberation Front"}, "VLF", "", "", "Torvo Wire Service"},
}

func TestRuleCases(t *testing.T) {
	for _, tt := range ruleCases {
		t.Run(tt.name, func(t *testing.T) {
			fs, _ := extractFactions([]*Briefing{briefing(t, "t", tt.text())})
			got := names(fs)
			for _, n := range tt.want {
				if !slices.Contains(got, n) {
					t.Errorf("missing %q; got %q", n, got)
				}
			}
			if tt.not != "" && slices.Contains(got, tt.not) {
				t.Errorf("%q listed: %q", tt.not, got)
			}
			if f := byName(fs, tt.want[0]); f != nil && !tt.holds(f) {
				t.Errorf("%q: acronym %q, aliases %q, summary %q; want acronym %q, alias %q, summary with %q",
					f.Name, f.Acronym, f.Aliases, f.Summary, tt.acronym, tt.alias, tt.summary)
			}
		})
	}
}

// TestRuleAblation shows each rule is needed: with it disabled, the cases
// it reads lose at least one of their factions.
func TestRuleAblation(t *testing.T) {
	for _, tt := range ruleCases {
		t.Run(tt.rule+"/"+tt.name, func(t *testing.T) {
			// A hand rule is ablated against the other rules alone: the
			// span model, fitted to every introduction at once, finds
			// some of their cases too (the title word, the described
			// acronym and the place after the group noun of the acronym
			// rule), which shows it generalises, not that they do.
			// So does the inner-name filter, which drops every part of a
			// longer name the text never writes alone (the cases of the
			// partial, name-begun and same-letters rules among them).
			// So does kind-plural, which drops a people's word before
			// organisations in the plural ("Tarva families", the case
			// of owners-community).
			// So does foreign-lettered, which reads any lettered name in
			// another language as a body (the cases of the acronym-acts,
			// named-acronym and letters-or rules among them),
			// and named-appointed, which reads any "named X as <post>"
			// as an appointment (the case of title-chain).
			// So does held-letters, which names letters written alone by
			// the name whose bracket holds them, whatever shape the
			// definition takes (the cases of the gloss, org-letters and
			// named-acronym rules among them).
			x := extractor{disabled: map[string]bool{tt.rule: true, ruleSpanModel: true, ruleInnerName: true, ruleKindPlural: true, ruleForeignLettered: true, ruleNamedAppointed: true, ruleHeldLetters: true}}
			if tt.rule == ruleGroupSource || tt.rule == ruleMembersIn {
				// assembly-head keeps any name an assembly's noun heads
				// from being judged a place, these cases' "Assembly" too.
				x.disabled[ruleAssemblyHead] = true
			}
			if tt.rule == rulePluralOwner {
				// inner-owner reads the possessive of a noun for people
				// inside the name a cue ("including", "founded the")
				// reads, this case's "Women's" too.
				x.disabled[ruleInnerOwner] = true
			}
			if tt.rule == ruleCapitalPhrase {
				// written-whole names a body by the capitalised words
				// the text always writes before it, this case's
				// "Armed Forces" before "Museum" too.
				x.disabled[ruleWrittenWhole] = true
			}
			if tt.rule == ruleOfThe {
				// plain-actor reads a name of common words over "of
				// the" when it acts, this case's "has claimed" too.
				x.disabled[rulePlainActor] = true
			}
			if tt.rule == ruleRenamedNoun || tt.rule == ruleBareIndefinite {
				// described-before reads any description an article
				// opens and a body's noun heads before a name set off
				// by a comma, these cases' "the northern secret police"
				// and "a second firm" too.
				x.disabled[ruleDescribedBefore] = true
			}
			if tt.rule == ruleDescribedBody {
				// body-apposed keeps any name set between commas beside
				// a body's noun from being judged a place, this case's
				// "the regiment that guarded the president" too.
				x.disabled[ruleBodyApposed] = true
			}
			if tt.rule == ruleGlossKindNoun {
				// gloss-count reads any translation as many words long
				// as the foreign name its letters spell, these cases too.
				x.disabled[ruleGlossCount] = true
			}
			if tt.rule == ruleDefiniteLeader || tt.rule == ruleSoloPerson || tt.rule == rulePersonDescribed {
				// apposed-person drops any name set beside a person's
				// description wherever a rule proposed it, these cases'
				// persons too.
				x.disabled[ruleApposedPerson] = true
			}
			if tt.rule == ruleLettersQuoted {
				// letters-quoted-gloss reads any quoted translation after
				// a bracket's letters, this case's comma form too.
				x.disabled[ruleLettersQuotedGloss] = true
			}
			if tt.rule == ruleApproached {
				// idle-structure drops a residence's name the text never
				// writes acting, these cases' palace and house too.
				x.disabled[ruleIdleStructure] = true
			}
			if tt.rule == ruleTitleSubject || tt.rule == ruleNameBegun {
				// idle-happening drops a name a happening's noun heads
				// that no paragraph writes acting, these cases' "Veldan
				// Rebellion" and "Civic Renewal" too.
				x.disabled[ruleIdleHappening] = true
			}
			if tt.rule == ruleNameBegun || tt.rule == ruleRenamedIndefinite {
				// long-apposition reads a name of three words or more
				// beside its description from its first word, these
				// cases' "Union for Civic Renewal" and "Guardia de
				// Vasto" too, and goes on after it.
				x.disabled[ruleLongApposition] = true
			}
			fs, _ := x.run([]*Briefing{briefing(t, "t", tt.text())})
			got := names(fs)
			lost := false
			for _, n := range tt.want {
				if !slices.Contains(got, n) {
					lost = true
				}
			}
			if f := byName(fs, tt.want[0]); !lost && f != nil {
				lost = !tt.holds(f)
			}
			lost = lost || tt.not != "" && slices.Contains(got, tt.not)
			if !lost {
				t.Errorf("without rule %s still found %q: the case does not exercise it", tt.rule, got)
			}
		})
	}
}

// TestNotListedByNewRules: the readings of local-plural and renamed-wing
// list no person and no part of another body: a named owner's noun for
// a post names its holder ("A Brink's guard, Peter Harvo,"), and units
// "of" a body are its parts ("the Paris sections of the International").
func TestNotListedByNewRules(t *testing.T) {
	tests := []struct{ text, not string }{
		{"The Veldian Liberation Front (VLF) fought the army until 1971. A Brink's guard, Peter Harvo, and two police officers, Tom Varga and Ed Brown, were killed.\n\nHarvo had worked there for years.", "Peter Harvo"},
		{"The Veldian Liberation Front (VLF) fought the army until 1971. Many were members of the Paris sections of the International Workingmen's Association.", "Paris sections"},
	}
	for _, tt := range tests {
		fs, _ := extractFactions([]*Briefing{briefing(t, "t", "# T\n\n"+tt.text+"\n")})
		if got := names(fs); slices.Contains(got, tt.not) {
			t.Errorf("%q listed: %q", tt.not, got)
		}
	}
}

// TestAssaultedBodyOfPeople: a building's noun whose complement names
// people heads a body of them ("House of Deputies"), which soldiers
// entering it make no place (peopleComplement, under ruleAssaulted).
func TestAssaultedBodyOfPeople(t *testing.T) {
	text := "# T\n\nOn 14 May an officer of the Veldian Defence Force (VDF) entered the House of Deputies with ten soldiers and arrested the cabinet.\n\nThe House of Deputies had met since April.\n"
	fs, _ := extractFactions([]*Briefing{briefing(t, "t", text)})
	if got := names(fs); !slices.Contains(got, "House of Deputies") {
		t.Errorf("House of Deputies not listed: %q", got)
	}
}

// text is the case's briefing: its body under a heading, or as given
// when it opens with front matter.
func (tt ruleCase) text() string {
	if strings.HasPrefix(tt.body, "---") {
		return tt.body + "\n"
	}
	return "# T\n\n" + tt.body + "\n"
}

// holds reports whether f has the case's acronym, alias and summary.
func (tt ruleCase) holds(f *Faction) bool {
	aliasHolds := tt.alias == "" || slices.Contains(f.Aliases, tt.alias)
	if not, ok := strings.CutPrefix(tt.alias, "!"); ok {
		aliasHolds = !slices.Contains(f.Aliases, not) // "!X": X must not be an alias
	}
	return (tt.acronym == "" || f.Acronym == tt.acronym) && aliasHolds &&
		strings.Contains(f.Summary, tt.summary)
}

func byName(fs []*Faction, name string) *Faction {
	for _, f := range fs {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// TestEndsName: a name after a connector that a capitalised word or
// "of" precedes may end a longer name; after a locative it opens its own.
func TestEndsName(t *testing.T) {
	tests := []struct {
		text string
		i    int
		want bool
	}{
		{"He led the RDR (Rally of the Republicans), a party", 6, true},
		{"the Civic Alliance for Justice and Democracy, a broad coalition", 6, true},
		{"a captain in the Harwaka, the regiment", 4, false},
		{"Harwaka, the regiment", 0, false},
	}
	for _, tt := range tests {
		if got := endsName(strings.Fields(tt.text), tt.i); got != tt.want {
			t.Errorf("endsName(%q, %d) = %v, want %v", tt.text, tt.i, got, tt.want)
		}
	}
}

// TestNotFactions: people, places, peoples and sentence openers found by
// the same rules stay out, decided by the gazetteer and WordNet.
func TestNotFactions(t *testing.T) {
	tests := []struct{ name, body, notWant string }{
		{"country after led by", "The raid was led by the Lebanon of old.", "Lebanon"},
		{"person after led by", "The militia was led by Charles Taylor. Taylor fled.", "Charles Taylor"},
		{"person in context", "Troops loyal to Alassane Ouattara advanced. Ouattara fired his chief.", "Ouattara"},
		{"people before fighters", "Kurdish and Albanian fighters attacked.", "Albanian"},
		{"city with a location noun", "Troops reached the Haifa District of the north.", "Haifa District"},
		{"sentence opener", "Officials in Stepanakert said the Armenian fighters left.", "Officials in Stepanakert"},
		{"publisher", "---\ntitle: T\npublisher: Harmattan Policy Institute\n---\n\nThe Harmattan Policy Institute fired a warning.", "Harmattan Policy Institute"},
		{"common noun alone", "People fired back. Force attacked.", "People"},
		{"place noun head written as a place", "Troops cleared the Marawi City Hall. Fighting in Marawi City went on, and the Marawi City police withdrew.", "Marawi City"},
		{"person shown by a title phrase", "In June Prachanda signed the accord. Prachanda became prime minister in August.", "Prachanda"},
		{"person shown by his", "In June Prachanda signed the accord. Prachanda made his first public appearance.", "Prachanda"},
		{"source cited, not acting", "The war displaced many. The United Nations (UN) estimates that two million fled.", "United Nations"},
		{"name after district of", "In the northern district of Abobo, a shadowy armed group attacked the police.", "Abobo"},
		{"description relating to a location noun", "Rebels attacked Beni, the headquarters of Myagdi district, at night.", "Beni"},
		{"community in a prepositional object", "Most victims were men from the Guéré community, killed as the town fell.", "Guéré community"},
		{"person a description headed by a person's noun follows", "Waheed met Anton Varga, the party's leader, in May.", "Anton Varga"},
		{"person a description headed by an organization's officer follows", "Waheed met Anton Varga, the company commander, in May.", "Anton Varga"},
		{"place a description headed by a location noun follows", "Rebels reached Torva Sel, the capital city, in May.", "Torva Sel"},
		{"person after a noun whose later sense is a person's", "He introduced his guest at the party Anton Varga.", "Anton Varga"},
		{"person after a group noun", "The war was run by Chief of General Staff Dan Halutz, who resigned.", "General Staff Dan Halutz"},
		{"document after a group noun", "The Security Council Resolution 1509 created the mission.", "Security Council Resolution 1509"},
		{"publisher with its country", "---\ntitle: T\npublisher: Department of Foreign Affairs and Trade (Australia)\n---\n\nQueries go to the Department of Foreign Affairs and Trade, which issued it.", "Department of Foreign Affairs and Trade"},
		{"follower of a doctrine", "Maoist cadres attacked police posts. Maoist leaders hid.", "Maoist"},
		{"military operation", "In March NATO began Operation Allied Force over Serbia.", "Operation Allied Force"},
		{"places joined by and", "Refugees fled to the Republic of Macedonia and Montenegro.", "Republic of Macedonia and Montenegro"},
		{"name qualifying a noun for people", "Police killed 21 members of the Deliaj family near the village.", "Deliaj"},
		{"fragment of a name opening a parenthesis", "He armed groups including the MPIGO (Ivorian Popular Movement of the Greater West) in the west.", "Popular Movement of the Greater West"},
		{"location noun with no organisation sense", "Jets bombed villages of the KNU-held Mutraw District, and Mutraw District officials fled.", "Mutraw District"},
		{"one-word name written as a place", "Tessit, a jihadist group, attacked at dawn. Troops fought in Tessit for days.", "Tessit"},
		{"one-word leader", "The faction was led by Prachanda and fought on.", "Prachanda"},
		{"person by who", "Later Prachanda, who had gone underground, fought on. Prachanda fired.", "Prachanda"},
		{"people by community", "LURD drew fighters from the Mandingo community. Mandingo fighters attacked.", "Mandingo"},
		{"list of people, none a group", "- **Amadou Sall**, a former minister;\n- **Harrak**, leader of the delegation.", "Harrak"},
		{"complement of a document's name", "Rahmonov and Nuri signed the General Agreement on the Establishment of Peace and National Accord at the talks.", "Establishment of Peace and National Accord"},
		{"state owning a ministry", "Contact the Press Office, Ministry of Foreign Affairs of the Republic of Aldoria, for details.", "Republic of Aldoria"},
		{"publisher named where it sits", "---\ntitle: T\npublisher: Harmattan Policy Forum\n---\n\nThe Harmattan Policy Forum in Stockholm fired a warning.", "Harmattan Policy Forum in Stockholm"},
		{"name across a sentence's end", "**Background.** Kyrgyzstan, a mountainous former Soviet republic, has seen two presidents toppled.", "Background. Kyrgyzstan"},
		{"place that was one", "Aldoria will send troops to Task Force Fox, which will protect monitors in the former Yugoslav Republic of Macedonia.", "Yugoslav Republic of Macedonia"},
		{"letters of another language", "The Croats rallied to the Aldorian Democratic Union, known as the HDZ, which won.", "HDZ"},
		// ISO 639 language names are peoples too: WordNet has "Madagascan", not "Malagasy".
		{"language name", "After that the Malagasy armed forces no longer obeyed the presidency. Malagasy parties met.", "Malagasy"},
		{"preposition opening a sentence", "Within the FDS, the most feared unit was the Republican Guard, a unit that is a militia.", "Within the FDS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := tt.body
			if !strings.HasPrefix(body, "---") {
				body = "# T\n\n" + body
			}
			fs, _ := extractFactions([]*Briefing{briefing(t, "t", body+"\n")})
			if slices.Contains(names(fs), tt.notWant) {
				t.Errorf("%q listed as a faction: %q", tt.notWant, names(fs))
			}
		})
	}
}

// TestMentionSentence: a mention by any alias carries the sentence naming
// the faction, not the paragraph's opening.
func TestMentionSentence(t *testing.T) {
	b := briefing(t, "t", "# T\n\nThe Houthis, formally known as Ansar Allah, are a Zaydi Shia movement.\n\nThe port was quiet for a week. Then Ansar Allah fired on ships in the strait.\n")
	fs, _ := extractFactions([]*Briefing{b})
	for _, f := range fs {
		if f.Name != "Houthis" {
			continue
		}
		if len(f.Mentions) != 1 {
			t.Fatalf("mentions %+v, want the second paragraph", f.Mentions)
		}
		if got, want := f.Mentions[0].Sentence, "Then Ansar Allah fired on ships in the strait."; got != want {
			t.Errorf("sentence %q, want %q", got, want)
		}
		return
	}
	t.Fatalf("no Houthis in %q", names(fs))
}

// TestPublisherOffice: a publisher's office is not the body it speaks
// for, which may be a party; a trailing place is dropped as before.
func TestPublisherOffice(t *testing.T) {
	tests := []struct {
		pub, body string
		listed    bool
	}{
		{"Armed Forces of the Philippines, Public Affairs Office", "The spokesperson of the Armed Forces of the Philippines spoke. The Armed Forces of the Philippines attacked.", true},
		{"Office of the Minister for Foreign Affairs, Canberra", "The Office of the Minister for Foreign Affairs issued it. The Office of the Minister for Foreign Affairs attacked.", false},
	}
	for _, tt := range tests {
		fs, _ := extractFactions([]*Briefing{briefing(t, "t", "---\ntitle: T\npublisher: "+tt.pub+"\n---\n\n"+tt.body+"\n")})
		got := names(fs)
		name, _, _ := strings.Cut(tt.pub, ",")
		if slices.Contains(got, name) != tt.listed {
			t.Errorf("publisher %q: listed %q, want %q listed %v", tt.pub, got, name, tt.listed)
		}
	}
}

// TestNameShaped: after a group noun with no armed group's adjective, a
// name is read only when it has a group's shape, not a person's.
func TestNameShaped(t *testing.T) {
	fs, _ := extractor{}.run([]*Briefing{briefing(t, "t", "# T\n\nThe Veldian Liberation Army (VLA) split in 2003, and the following year the group's founder Tomas Velde left. In Kora the council picks Marten.\n")})
	if got := names(fs); slices.Contains(got, "Tomas Velde") || slices.Contains(got, "Marten") || !slices.Contains(got, "Veldian Liberation Army") {
		t.Errorf("got %q, want the Veldian Liberation Army and no person", got)
	}
}

// TestDescribedHead: the noun heading an indefinite description decides
// whether a two-word name beside it is a group or a person.
func TestDescribedHead(t *testing.T) {
	fs, _ := extractor{}.run([]*Briefing{briefing(t, "t", "# T\n\nThe Northern Front (NF) lost its founder, and Tomas Velde, a young former NF soldier from the coast, emerged as its leader.\n")})
	if got := names(fs); slices.Contains(got, "Tomas Velde") || !slices.Contains(got, "Northern Front") {
		t.Errorf("got %q, want the Northern Front and no person", got)
	}
	for _, tt := range []struct{ in, want string }{
		{"private military company staffed largely by former soldiers", "company"},
		{"young former rebel soldier from the south, emerged", "soldier"},
		{"coalition of small parties", "coalition"},
		{"broad opposition alliance.", "alliance"},
	} {
		if got := describedHead(strings.Fields(tt.in), true); got != tt.want {
			t.Errorf("describedHead(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPersonHeaded: a two-word name a description headed by a kind of
// person follows is no group, though WordNet files the noun as one too.
func TestPersonHeaded(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Tomas Velde, a banker living in exile in Kora who leads the opposition movement, has said he backed the strike.", false},
		{"Northgate Logistics, a private security company run by former officers, was hired.", true},
	} {
		if _, ok := definerWords(strings.Fields(tt.text)); ok != tt.want {
			t.Errorf("definerWords(%q) = %v, want %v", tt.text, ok, tt.want)
		}
	}
}

// TestGroupOfAPlaceWithAnd: a country whose own name holds "and" may
// open a group's name; the "and" lists nothing. Removing andInPlaceName
// drops every case (the "places joined by and" filter takes them).
func TestGroupOfAPlaceWithAnd(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"acronym defined", "Soldiers of the Trinidad and Tobago Defence Force (TTDF) sealed off the square.", "Trinidad and Tobago Defence Force"},
		{"plain name as subject", "The Bosnia and Herzegovina Armed Forces took over the barracks in 2006.", "Bosnia and Herzegovina Armed Forces"},
		{"police of an island state", "Officers of the Antigua and Barbuda Police Force arrested two men. The Antigua and Barbuda Police Force said they were armed.", "Antigua and Barbuda Police Force"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, _ := extractor{}.run([]*Briefing{briefing(t, "t", "# T\n\n"+tt.body+"\n")})
			if !slices.Contains(names(fs), tt.want) {
				t.Errorf("got %q, want %q among them", names(fs), tt.want)
			}
		})
	}
}

// foreignQualified are names a group noun heads and a word of another
// language closes, head first (groupHead): kept although the text
// writes them after a locative, as it writes a place.
var foreignQualified = []struct{ name, body, want string }{
	{"head first, after a locative", "Discontent grew inside the Front Populaire, whose leaders were divided. The Front Populaire split in July.", "Front Populaire"},
	{"head first, after in", "Few Africans served in the Force Gendarmique. The Force Gendarmique was renamed in 1961.", "Force Gendarmique"},
}

// TestNameOpenedByDate: a group named after a day, written day "of"
// month, is headed after the date (leadingDate, and dateBefore's
// ordinal form); a code in parentheses after it is no qualifier of the
// name (qualifierEnd).
func TestNameOpenedByDate(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"ordinal day of month", "Students joined the 19th of April Movement, which seized the radio station.", "19th of April Movement"},
		{"as a subject", "The 3rd of October Front attacked the barracks. Later the 3rd of October Front split.", "3rd of October Front"},
		{"code after the name", "He led the 14th of June Movement (M-14-6) until his death.", "14th of June Movement"},
	}
	tests = append(tests, foreignQualified...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, _ := extractor{}.run([]*Briefing{briefing(t, "t", "# T\n\n"+tt.body+"\n")})
			if !slices.Contains(names(fs), tt.want) {
				t.Errorf("got %q, want %q among them", names(fs), tt.want)
			}
		})
	}
}

// TestActorInitialCoversMarkers checks findByActor's first-letter
// pre-filter against the markers it stands before: a marker whose first
// letter it lacks would never be read.
func TestActorInitialCoversMarkers(t *testing.T) {
	for k := range actorMarkers {
		if k == "" || k[0] < 'a' || k[0] > 'z' || !actorInitial[k[0]-'a'] {
			t.Errorf("actorInitial rules out the marker %q", k)
		}
	}
	tests := []struct {
		text string
		want string
	}{
		{"Militants of the Zubari Brigade attacked.", "Zubari Brigade"},
		{"In 2015 it broke away from the Zubari Front.", "Zubari Front"},
		{"It was an offshoot of the Zubari Movement.", "Zubari Movement"},
		{"He led a faction of the Zubari Party.", "Zubari Party"},
		{"(Members of the Zubari Council met.)", "Zubari Council"},
	}
	for _, tc := range tests {
		var names []string
		for _, c := range findByActor(newPara(tc.text)) {
			names = append(names, c.name)
		}
		if !slices.Contains(names, tc.want) {
			t.Errorf("findByActor(%q) = %q, want %q among them", tc.text, names, tc.want)
		}
	}
}

// TestNameAtPluralPossessive holds names with a plural possessive inside
// ("Workers' Party"): the apostrophe ends a name only where no name word
// follows it.
func TestNameAtPluralPossessive(t *testing.T) {
	tests := []struct{ text, want string }{
		{"the Bolivian Workers' Center called a strike", "Bolivian Workers' Center"},
		{"the Soldiers’ Council of the Garrison voted", "Soldiers’ Council"},
		{"the Miners' strike ended", "Miners"},
		{"led by the Peasants' in May", "Peasants"},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		i := slices.Index(words, "the")
		if got, _ := nameAt(words, i+1, readInnerOwner); got != tt.want {
			t.Errorf("nameAt(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestNameAtInnerOwner holds names with a singular possessive inside
// (rule inner-owner): a noun for people or a group owning the next name
// word goes on in the name ("People's Khural"); a proper name's ("Gbagbo's
// Republican Guard") or a possessive no name word follows ("the Army's
// men") ends it, its "'s" dropped. With the rule off every singular
// possessive ends the name.
func TestNameAtInnerOwner(t *testing.T) {
	tests := []struct{ text, want, off string }{
		{"the People's Khural met", "People's Khural", "People"},
		{"the Veldian Women’s League marched", "Veldian Women’s League", "Veldian Women"},
		{"the Queen's Own Highlanders landed", "Queen's Own Highlanders", "Queen"},
		{"the Army's men fled", "Army", "Army"},
		{"the Party's Central Committee met", "Party", "Party"},
		{"the Army's.", "Army", "Army"},
		{"the People's, and", "People", "People"},
		{"the Gbagbo's Republican Guard fired", "Gbagbo", "Gbagbo"},
		{"the Torvo's Labour Party won", "Torvo", "Torvo"},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		i := slices.Index(words, "the")
		if got, _ := nameAt(words, i+1, readingOf(nil)); got != tt.want {
			t.Errorf("nameAt(%q) = %q, want %q", tt.text, got, tt.want)
		}
		if got, _ := nameAt(words, i+1, readingOf(map[string]bool{ruleInnerOwner: true})); got != tt.off {
			t.Errorf("with inner-owner off, nameAt(%q) = %q, want %q", tt.text, got, tt.off)
		}
	}
}

// TestKindAt checks that a paragraph's remembered word classes are the
// lexicon's answers for the form asked, whichever form was asked before,
// and that the tests reading them agree with the tests that look up.
func TestKindAt(t *testing.T) {
	p := newPara(`The Movement, its commander said, and the "Forces" of the rebels' council.`)
	lower := p.lowerWords()
	tests := []struct {
		i    int
		form string
	}{
		{1, trimRight(lower[1], ",")}, // "movement"
		{1, lower[1]},                 // "movement,": another form of the same word
		{1, trimRight(lower[1], ",")}, // and back
		{3, lower[3]},                 // "commander"
		{0, lower[0]},                 // "the"
		{7, trim(lower[7], `"`)},      // "forces"
		{11, trimRight(lower[11], ".")},
	}
	for _, tc := range tests {
		if got, want := p.kindAt(tc.i, tc.form), lang.Kinds(tc.form); got != want {
			t.Errorf("kindAt(%d, %q) = %v, want %v", tc.i, tc.form, got, want)
		}
		k := p.kindAt(tc.i, tc.form)
		if got, want := isHeadKind(tc.form, k), isHeadWord(tc.form); got != want {
			t.Errorf("isHeadKind(%q) = %v, isHeadWord %v", tc.form, got, want)
		}
		if got, want := isTitleKind(tc.form, k), isTitle(tc.form); got != want {
			t.Errorf("isTitleKind(%q) = %v, isTitle %v", tc.form, got, want)
		}
		if got, want := isGroupNounAt(p, tc.i, tc.form), isGroupNounWord(tc.form); got != want {
			t.Errorf("isGroupNounAt(%q) = %v, isGroupNounWord %v", tc.form, got, want)
		}
	}
	if lang.Kinds("movement")&lang.GroupNoun == 0 || !isTitle("commander") {
		t.Fatal("the lexicon no longer classes the test's words: choose others")
	}
}

// TestLongAppositionGuards: a name of more than two words set beside a
// description by a comma (rule long-apposition) is read only after "the"
// or when an organisation's noun heads it, never cited by "according to";
// each guard, dropped, lets its case through.
func TestLongAppositionGuards(t *testing.T) {
	for _, tt := range []struct {
		text, name string
		want       bool
	}{
		{"Soldiers fought the Jathika Sevaka Sangamaya, a militia linked to the party.", "Jathika Sevaka Sangamaya", true},
		{"Voters backed Sabah Heritage Party, the ruling party in the state.", "Sabah Heritage Party", true},
		{"The government of Saad Eddine El Othmani, a coalition led by the Justice Party, resigned.", "Saad Eddine El Othmani", false},
		{"According to the Ministry of Home Affairs, the number of people confirmed dead has risen.", "Ministry of Home Affairs", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := newPara(tt.text)
			p.off = map[string]bool{}
			got := slices.ContainsFunc(findByApposition(p), func(c candidate) bool { return c.name == tt.name })
			if got != tt.want {
				t.Errorf("%q read beside a description: %v, want %v", tt.name, got, tt.want)
			}
		})
	}
}
