package feedback

import (
	"context"
	"crypto/rand"
	"database/sql"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"
)

// migrations are the schema's versions, applied in order of their number
// prefix (0001_init.sql, 0002_…). A migration is never edited once
// released; a change is a new file.
//
//go:embed migrations/*.sql
var migrations embed.FS

// migrationLock is the PostgreSQL advisory lock key that keeps two
// replicas starting at once from migrating together.
const migrationLock = 7261_0001

// migrate applies every migration not applied yet, each in its own
// transaction together with its row in schema_migrations.
func migrate(ctx context.Context, db *sql.DB, d dialect) error {
	files, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(files)
	if err := migrationsTable(ctx, db, d); err != nil {
		return fmt.Errorf("schema_migrations: %w", err)
	}
	for _, f := range files {
		if err := applyMigration(ctx, db, d, f); err != nil {
			return err
		}
	}
	return nil
}

// migrationsTable creates the table of applied migrations if need be. On
// PostgreSQL it holds the migration lock while doing so: two replicas
// running CREATE TABLE IF NOT EXISTS at the same moment can both find the
// table missing, and the second then fails on a duplicate type.
func migrationsTable(ctx context.Context, db *sql.DB, d dialect) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() // a no-op after Commit
	if err := lockMigrations(ctx, tx, d); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)`); err != nil {
		return err
	}
	return tx.Commit()
}

// lockMigrations takes, on PostgreSQL, the lock that lets one replica at
// a time migrate, until tx ends. SQLite's write lock does that already.
func lockMigrations(ctx context.Context, tx *sql.Tx, d dialect) error {
	if d != postgresDialect {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock); err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	return nil
}

// applyMigration applies one embedded migration file in a transaction of
// its own, holding the migrations' lock, unless schema_migrations already
// records its version (the number its name starts with); several
// processes starting at once apply it once.
func applyMigration(ctx context.Context, db *sql.DB, d dialect, file string) error {
	name := strings.TrimPrefix(file, "migrations/")
	num, _, _ := strings.Cut(name, "_")
	version, err := strconv.Atoi(num)
	if err != nil {
		return fmt.Errorf("migration %s: name must start with a number", name)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: %w", name, err)
	}
	defer tx.Rollback() // a no-op after Commit
	if err := migrateOnce(ctx, tx, d, file, version); err != nil {
		return fmt.Errorf("migration %s: %w", name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: %w", name, err)
	}
	return nil
}

// migrateOnce runs file's statements and records version in tx, under
// the migrations' lock, unless the version is recorded already.
func migrateOnce(ctx context.Context, tx *sql.Tx, d dialect, file string, version int) error {
	if err := lockMigrations(ctx, tx, d); err != nil {
		return err
	}
	var n int
	if err := tx.QueryRowContext(ctx, d.bind(`SELECT COUNT(*) FROM schema_migrations WHERE version = ?`), version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	body, err := fs.ReadFile(migrations, file)
	if err != nil {
		return err
	}
	for _, stmt := range statements(string(body)) {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, d.bind(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`), version, time.Now().Unix())
	return err
}

// statements splits a migration into statements at semicolons ending a
// line, dropping comment lines.
func statements(sqlText string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(sqlText, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "--") {
			continue
		}
		cur.WriteString(line + "\n")
		if strings.HasSuffix(t, ";") {
			out = append(out, strings.TrimSpace(cur.String()))
			cur.Reset()
		}
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		out = append(out, s)
	}
	return out
}

// userKey returns the store's key for hashing user IDs, generating it on
// first use. Two replicas racing to create it agree: the second insert is
// ignored and both read the first.
func userKey(ctx context.Context, db *sql.DB, d dialect) ([]byte, error) {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return nil, err
	}
	if _, err := db.ExecContext(ctx, d.bind(`INSERT INTO settings (name, value) VALUES ('user_key', ?) ON CONFLICT (name) DO NOTHING`), hex.EncodeToString(buf)); err != nil {
		return nil, fmt.Errorf("user key: %w", err)
	}
	var v string
	if err := db.QueryRowContext(ctx, `SELECT value FROM settings WHERE name = 'user_key'`).Scan(&v); err != nil {
		return nil, fmt.Errorf("user key: %w", err)
	}
	key, err := hex.DecodeString(v)
	if err != nil || len(key) < 16 {
		return nil, errors.New("user key: stored key is malformed")
	}
	return key, nil
}
