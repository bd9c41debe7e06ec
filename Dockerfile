# syntax=docker/dockerfile:1
# briefbot: a static binary with the default briefing embedded, on a
# distroless base with no shell, running as an unprivileged user.

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
ENTRYPOINT ["briefbot"]
CMD ["serve"]
