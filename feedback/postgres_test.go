package feedback_test

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// resetPostgres drops briefbot's tables so that each test starts from an
// empty, unmigrated database.
func resetPostgres(t *testing.T, url string) {
	t.Helper()
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	db := stdlib.OpenDB(*cfg)
	defer db.Close()
	for _, table := range []string{"asks", "votes", "settings", "schema_migrations"} {
		if _, err := db.ExecContext(context.Background(), "DROP TABLE IF EXISTS "+table); err != nil {
			t.Fatalf("reset PostgreSQL: %v", err)
		}
	}
}
