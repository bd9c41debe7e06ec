# syntax=docker/dockerfile:1
# briefbot: a static binary with the default briefing embedded, on a
# distroless base with no shell, running as an unprivileged user (UID and
# GID 65532, "nonroot"). A folder bind-mounted for --index-dir must be
# writable by that UID: sudo chown -R 65532:65532 DIR.

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/briefbot ./cmd/briefbot \
 && mkdir -p /out/var/lib/briefbot

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/briefbot /usr/local/bin/briefbot
# The one writable place, for --index-dir. A named volume mounted here
# inherits this ownership, so the root filesystem can stay read-only.
COPY --from=build --chown=65532:65532 /out/var/lib/briefbot /var/lib/briefbot
USER 65532:65532
EXPOSE 8080
# There is no shell or curl: briefbot checks itself (exec form). It asks
# http://127.0.0.1:8080/healthz, which serve answers with --http :8080 or
# --metrics :8080 (503 until the index is loaded).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["/usr/local/bin/briefbot", "healthcheck"]
ENTRYPOINT ["briefbot"]
# Gateway mode (set DISCORD_TOKEN), with /healthz and /metrics on :8080.
# For the HTTP endpoint instead: serve --http :8080 (set DISCORD_PUBLIC_KEY).
CMD ["serve", "--metrics", ":8080"]
