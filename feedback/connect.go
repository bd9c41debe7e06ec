package feedback

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite" // the "sqlite" database/sql driver: pure Go, no cgo
)

// dialect is what differs between the two back ends: only how a query
// names its parameters, and how migrations take a lock.
type dialect int

const (
	sqliteDialect dialect = iota
	postgresDialect
)

// bind rewrites a query written with ? parameters for the dialect.
func (d dialect) bind(q string) string {
	if d != postgresDialect {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// connect opens and checks the database url names.
func connect(ctx context.Context, url string, mustExist bool) (*sql.DB, dialect, string, error) {
	switch {
	case strings.HasPrefix(url, "sqlite:"):
		db, where, err := openSQLite(ctx, strings.TrimPrefix(strings.TrimPrefix(url, "sqlite:"), "//"), mustExist)
		return db, sqliteDialect, where, err
	case strings.HasPrefix(url, "postgres://"), strings.HasPrefix(url, "postgresql://"):
		db, where, err := openPostgres(ctx, url)
		return db, postgresDialect, where, err
	}
	scheme, _, ok := strings.Cut(url, ":")
	if !ok || scheme == "" {
		scheme = url
	}
	return nil, 0, "", fmt.Errorf("feedback: --database %q: %w", scheme+":…", ErrUnknownScheme)
}

// openSQLite opens (creating if need be) the SQLite file at path, in WAL
// mode with a busy timeout, so that a report read while the writer writes
// neither blocks nor fails with "database is locked".
func openSQLite(ctx context.Context, path string, mustExist bool) (*sql.DB, string, error) {
	if path == "" {
		return nil, "", errors.New("feedback: sqlite: needs a file path (sqlite:/var/lib/briefbot/feedback.db)")
	}
	where := "sqlite:" + path
	if _, err := os.Stat(path); mustExist && err != nil {
		return nil, where, fmt.Errorf("feedback: cannot open %s: %w (briefbot serve --database creates it)", where, unwrapPath(err))
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, where, fmt.Errorf("feedback: cannot create the folder for %s: %w", where, unwrapPath(err))
	}
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, where, fmt.Errorf("feedback: %s: %w", where, err)
	}
	// Every write goes through one writer, and WAL lets readers run beside
	// it; a handful of connections is plenty.
	db.SetMaxOpenConns(4)
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := db.ExecContext(pctx, "CREATE TABLE IF NOT EXISTS briefbot_probe (x INTEGER); DROP TABLE briefbot_probe"); err != nil {
		db.Close()
		return nil, where, fmt.Errorf("feedback: cannot write %s (is the folder writable?): %w", where, err)
	}
	return db, where, nil
}

// openPostgres connects to the server url names. Errors name the host and
// database, and never carry the password.
func openPostgres(ctx context.Context, url string) (*sql.DB, string, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		// pgx's parse errors may quote the URL, password and all.
		return nil, "", errors.New("feedback: --database: not a valid postgres:// URL")
	}
	where := "postgres://" + net.JoinHostPort(cfg.Host, strconv.Itoa(int(cfg.Port))) + "/" + cfg.Database
	db := stdlib.OpenDB(*cfg)
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		db.Close()
		return nil, where, fmt.Errorf("feedback: cannot reach PostgreSQL at %s: %s", where, redact(err.Error(), cfg.Password))
	}
	return db, where, nil
}

// redact removes secret from msg.
func redact(msg, secret string) string {
	if secret == "" {
		return msg
	}
	return strings.ReplaceAll(msg, secret, "xxxxx")
}

// unwrapPath drops the path from an *fs.PathError, which the caller names
// already.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
