package bot

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the bot's Prometheus series: what was asked, how it went, and
// how long it took. They are registered on a registry the caller owns, not
// the global default, so tests and several bots in one process never
// collide.
type Metrics struct {
	interactions *prometheus.CounterVec
	latency      *prometheus.HistogramVec
}

// NewMetrics registers the bot's series on reg.
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	m := &Metrics{
		interactions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_interactions_total",
			Help: "Interactions answered, by command and outcome (ok, ephemeral, rate_limited, unknown, panic, nil).",
		}, []string{"command", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "briefbot_interaction_duration_seconds",
			Help:    "Time to build the reply to an interaction, by command.",
			Buckets: []float64{.0005, .001, .002, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
		}, []string{"command"}),
	}
	for _, c := range []prometheus.Collector{m.interactions, m.latency} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func (m *Metrics) observe(command, outcome string, latency time.Duration) {
	if m == nil {
		return
	}
	m.interactions.WithLabelValues(command, outcome).Inc()
	m.latency.WithLabelValues(command).Observe(latency.Seconds())
}
