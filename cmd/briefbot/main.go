// Command briefbot answers questions about briefings, from the command line
// or as a Discord bot. Run "briefbot help" for the commands.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if err != errUsage { // the bare sentinel means usage was printed
			fmt.Fprintln(os.Stderr, "briefbot:", err)
		}
		os.Exit(exitCode(err))
	}
}
