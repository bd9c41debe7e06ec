package corpus

import (
	"cmp"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// factionRuleNames lists the name of every faction rule: each string
// constant in the package's own (non-test) files whose identifier is
// "rule" followed by a capital, less the date rules (dateRuleNames). It
// is read from the source so that a rule added anywhere is ablated by
// TestDevAblation and checked for a case by TestEveryRuleHasACase with
// no hand-kept list to forget it in.
func factionRuleNames(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	dates := map[string]bool{}
	for _, n := range dateRuleNames() {
		dates[n] = true
	}
	var out []string
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatalf("parsing %s: %v", f, err)
		}
		for _, n := range ruleConsts(t, file) {
			if !dates[n] {
				out = append(out, n)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// ruleConsts returns the values of file's string constants named rule
// followed by a capital letter.
func ruleConsts(t testing.TB, file *ast.File) []string {
	var out []string
	for _, d := range file.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			v := s.(*ast.ValueSpec)
			for i, id := range v.Names {
				if !isRuleIdent(id.Name) || i >= len(v.Values) {
					continue
				}
				if lit, ok := v.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					s, err := strconv.Unquote(lit.Value)
					if err != nil {
						t.Fatalf("constant %s: %v", id.Name, err)
					}
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// isRuleIdent reports whether name is "rule" followed by a capital.
func isRuleIdent(name string) bool {
	rest, ok := strings.CutPrefix(name, "rule")
	return ok && rest != "" && unicode.IsUpper([]rune(rest)[0])
}

// ablatedAlone names the rules whose ablation is a test of its own
// rather than a case in one of the tables, and that test.
var ablatedAlone = map[string]string{
	ruleInfoboxParts:      "TestInfoboxParts",
	ruleInfoboxCommanders: "TestInfoboxCommanders",
	ruleInfoboxSide:       "TestInfoboxSides",
	ruleAliasPerson:       "TestAliasNotPerson",
	rulePartOfBody:        "TestPartOfBody",
}

// TestEveryRuleHasACase checks that every faction rule is turned off by
// some ablation test: a case in ruleCases (TestRuleAblation),
// describeCases (TestDescribeAblation) or epithetCases
// (TestEpithetLookup), or a test of its own named in ablatedAlone.
func TestEveryRuleHasACase(t *testing.T) {
	covered := map[string]bool{}
	for _, c := range ruleCases {
		covered[c.rule] = true
	}
	for _, c := range describeCases {
		covered[c.rule] = true
	}
	for _, c := range epithetCases {
		covered[cmp.Or(c.rule, ruleEpithets)] = true
	}
	for r := range ablatedAlone {
		covered[r] = true
	}
	names := factionRuleNames(t)
	if len(names) < 100 {
		t.Fatalf("found only %d faction rules in the source: the reading of its constants is broken", len(names))
	}
	for _, n := range names {
		if !covered[n] {
			t.Errorf("rule %s has no ablation case", n)
		}
	}
}

// TestAblatedAloneTestsExist keeps ablatedAlone honest: each test it
// names is a test function of the package.
func TestAblatedAloneTestsExist(t *testing.T) {
	files, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	funcs := map[string]bool{}
	fset := token.NewFileSet()
	for _, f := range files {
		file, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatalf("parsing %s: %v", f, err)
		}
		for _, d := range file.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok {
				funcs[fn.Name.Name] = true
			}
		}
	}
	for r, test := range ablatedAlone {
		if !funcs[test] {
			t.Errorf("rule %s is said to be ablated by %s, which does not exist", r, test)
		}
	}
}
