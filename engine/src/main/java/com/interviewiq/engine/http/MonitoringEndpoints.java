package com.interviewiq.engine.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.config.PoolSettings;
import com.interviewiq.engine.config.Secret;
import com.interviewiq.engine.health.HealthReport;
import com.interviewiq.engine.health.HealthStatus;
import com.interviewiq.engine.monitor.MetricsHistory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The localhost HTTP endpoints: GET /health, /monitoring/database, /monitoring/evaluator (the
 * remote evaluator's circuit breaker) and /metrics (Prometheus text). Bound to 127.0.0.1 only; with a token set, every request needs
 * {@code Authorization: Bearer <token>}.
 */
public final class MonitoringEndpoints implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MonitoringEndpoints.class);
    private static final int DEFAULT_SAMPLES = 60;

    private final Engine engine;
    private final Secret token;
    private final HttpServer server;
    private final ExecutorService executor;

    private MonitoringEndpoints(Engine engine, Secret token, HttpServer server, ExecutorService executor) {
        this.engine = engine;
        this.token = token;
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving on 127.0.0.1:port (0 picks a free port). */
    public static MonitoringEndpoints start(Engine engine, int port, Secret token) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (java.net.BindException e) {
            throw new IOException("port " + port + " on 127.0.0.1 is in use; choose another with --port", e);
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        MonitoringEndpoints endpoints = new MonitoringEndpoints(engine, token, server, executor);
        server.createContext("/", endpoints::handle);
        server.setExecutor(executor);
        server.start();
        LOG.info("monitoring endpoints on http://127.0.0.1:{}", endpoints.port());
        return endpoints;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!authorised(ex)) {
                ex.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"interviewiq\"");
                json(ex, 401, Map.of("error", "missing or wrong bearer token"));
                return;
            }
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                ex.getResponseHeaders().add("Allow", "GET, HEAD");
                json(ex, 405, Map.of("error", "only GET is supported"));
                return;
            }
            switch (ex.getRequestURI().getPath()) {
                case "/health" -> {
                    HealthReport report = engine.health().now();
                    json(ex, report.status() == HealthStatus.DOWN ? 503 : 200, report);
                }
                case "/monitoring/database" -> json(ex, 200, database(ex.getRequestURI()));
                case "/monitoring/evaluator" -> json(ex, 200, engine.evaluator().status());
                case "/metrics" -> text(ex, engine.monitor().registry().scrape());
                default -> json(ex, 404, Map.of("error", "no such endpoint; try /health, /monitoring/database, /monitoring/evaluator or /metrics"));
            }
        } catch (RuntimeException e) {
            LOG.warn("request {} failed: {}", ex.getRequestURI(), e.toString());
        }
    }

    private boolean authorised(HttpExchange ex) {
        if (token.isEmpty()) {
            return true;
        }
        String header = ex.getRequestHeaders().getFirst("Authorization");
        String expected = "Bearer " + token.reveal();
        // constant-time comparison: no timing hint about the token
        return header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> database(URI uri) {
        int n = DEFAULT_SAMPLES;
        String q = uri.getQuery();
        if (q != null) {
            for (String kv : q.split("&")) {
                if (kv.startsWith("samples=")) {
                    try {
                        n = Math.max(0, Math.min(3600, Integer.parseInt(kv.substring(8))));
                    } catch (NumberFormatException ignored) {
                        // keep the default
                    }
                }
            }
        }
        PoolSettings pool = engine.settings().pool();
        MetricsHistory h = engine.monitor().history();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("mode", engine.database().mode().label());
        config.put("syncExecutor", engine.settings().syncExecutor().label());
        config.put("size", pool.size());
        config.put("maxOverflow", pool.maxOverflow());
        config.put("max", pool.max());
        config.put("timeoutSeconds", pool.timeout().toMillis() / 1000.0);
        config.put("recycleSeconds", pool.recycle().toSeconds());
        config.put("minIdle", pool.minIdle());
        config.put("idleSeconds", pool.idle().toSeconds());
        config.put("pooler", engine.settings().database().pooler().label());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("database", engine.settings().database().location());
        doc.put("monitoring", engine.monitor().enabled());
        doc.put("pool", config);
        // PostgreSQL only: the server's max_connections and who uses them (null on H2 or before the first read)
        doc.put("serverConnections", engine.health().serverConnections());
        // PostgreSQL only: the server's own transaction count against the engine's ("not available" on H2)
        doc.put("serverCheck", engine.serverCheck().latest());
        doc.put("current", h.latest());
        doc.put("samples", h.last(n));
        doc.put("events", h.events());
        doc.put("alerts", engine.health().alerts().all());
        return doc;
    }

    private static void json(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes;
        try {
            bytes = JsonSupport.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        send(ex, status, "application/json", bytes);
    }

    private static void text(HttpExchange ex, String body) throws IOException {
        send(ex, 200, "text/plain; version=0.0.4; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] bytes) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
