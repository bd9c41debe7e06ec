# syntax=docker/dockerfile:1
# Build a static binary; the default briefing is embedded in it.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/briefbot ./cmd/briefbot

# Distroless static: no shell, no package manager, runs as uid 65532.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/briefbot /usr/local/bin/briefbot
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["briefbot"]
CMD ["serve"]
