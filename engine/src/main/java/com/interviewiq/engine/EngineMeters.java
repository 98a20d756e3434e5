package com.interviewiq.engine;

import com.interviewiq.engine.db.ServerConnections;
import com.interviewiq.engine.health.CheckResult;
import com.interviewiq.engine.health.HealthMonitor;
import com.interviewiq.engine.health.HealthStatus;
import com.interviewiq.engine.monitor.MetricsEvent;
import com.interviewiq.engine.monitor.MetricsHistory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * What Grafana and Prometheus' alert rules need beside the pools' and the data port's meters: the
 * health verdict, the ping round trip and the server's connection budget that health judges, and a
 * count of mode switches (the dashboard's annotations). Each is read from health when scraped.
 */
final class EngineMeters {
    private EngineMeters() {
    }

    static void bind(MeterRegistry registry, HealthMonitor health, MetricsHistory history) {
        for (HealthStatus status : HealthStatus.values()) {
            Gauge.builder("interviewiq.health.status", health, h -> h.now().status() == status ? 1 : 0)
                    .description("1 for the engine's health verdict now (up, degraded or down), 0 for the others")
                    .tag("status", status.name().toLowerCase(Locale.ROOT)).register(registry);
        }
        Gauge.builder("interviewiq.health.ping", health, h -> checkValue(h, "ping") / 1000).baseUnit("seconds")
                .description("Round trip of health's last ping (SELECT 1) to the database").register(registry);
        Gauge.builder("interviewiq.server.connections.in.use", health, server(ServerConnections::inUse))
                .description("Client connections open on the PostgreSQL server, every application's (NaN on H2)")
                .register(registry);
        Gauge.builder("interviewiq.server.connections.max", health, server(ServerConnections::maxConnections))
                .description("The PostgreSQL server's max_connections (NaN on H2)").register(registry);
        Counter switches = Counter.builder("interviewiq.db.mode.switches")
                .description("Live mode switches done since the engine started").register(registry);
        history.onEvent(e -> {
            if (MetricsEvent.MODE_SWITCH.equals(e.kind())) {
                switches.increment();
            }
        });
    }

    private static double checkValue(HealthMonitor h, String name) {
        return h.now().checks().stream().filter(c -> c.name().equals(name)).map(CheckResult::value)
                .filter(v -> v != null).findFirst().orElse(Double.NaN);
    }

    private static ToDoubleFunction<HealthMonitor> server(ToDoubleFunction<ServerConnections> value) {
        return h -> {
            ServerConnections sc = h.serverConnections();
            return sc == null ? Double.NaN : value.applyAsDouble(sc);
        };
    }
}
