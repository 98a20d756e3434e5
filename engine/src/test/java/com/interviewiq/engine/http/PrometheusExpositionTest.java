package com.interviewiq.engine.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.interviewiq.engine.Engine;
import com.interviewiq.engine.config.Mode;
import com.interviewiq.engine.config.Secret;
import com.interviewiq.engine.config.SettingKey;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.simulate.SimulationOptions;
import com.interviewiq.engine.simulate.Simulator;
import com.interviewiq.engine.testing.Promtool;
import com.interviewiq.engine.testing.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.interviewiq.engine.testing.Services.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * /metrics as Prometheus itself judges it (promtool's lint), in both modes under load; the shipped
 * alert rules pass promtool; and every metric the shipped Grafana dashboard and the rules query is
 * one the engine serves.
 */
class PrometheusExpositionTest {
    static final Path GRAFANA = Path.of("..", "docs", "grafana", "interviewiq.json");
    static final Path RULES = Path.of("..", "docs", "prometheus", "interviewiq-rules.yml");
    private static final String TOKEN = "t0ken-for-test";

    @TempDir
    Path dataDir;

    @Test
    void metricsPassPromtoolInBothModesAndServeEveryDashboardQuery() throws Exception {
        Promtool promtool = Promtool.find();
        Set<String> served = new TreeSet<>();
        try (Engine engine = Engine.start(TestEngines.settings(dataDir, null, Mode.SYNC,
                Map.of(SettingKey.SAMPLE_INTERVAL_MILLIS, "200")));
             MonitoringEndpoints http = MonitoringEndpoints.start(engine, 0, Secret.of(TOKEN))) {
            join(engine.transfer().importSampleBank());
            Simulator.Run load = engine.simulator().prepare(new SimulationOptions(Integer.MAX_VALUE, 4, 5, List.of(), null, 7),
                    (d, t) -> { });
            engine.simulator().start(load);
            try {
                for (Mode mode : List.of(Mode.SYNC, Mode.ASYNC)) {
                    if (engine.database().mode() != mode) {
                        assertThat(join(engine.switchMode(mode, p -> { })).switched()).isTrue();
                    }
                    long committed = engine.monitor().metrics().counts().commits();
                    await().atMost(Duration.ofSeconds(30))
                            .until(() -> engine.monitor().metrics().counts().commits() > committed + 50
                                    && engine.monitor().history().latest().mode().equals(mode.label()));
                    String exposition = get(http, "/metrics");
                    Promtool.Result lint = promtool.checkMetrics(exposition);
                    assertThat(lint.ok()).as("promtool check metrics in %s mode:%n%s", mode, lint.output()).isTrue();
                    served.addAll(servedNames(exposition));
                }
            } finally {
                load.stop();
            }
        }
        List<String> queried = new ArrayList<>(dashboardQueries());
        queried.addAll(ruleQueries());
        Set<String> names = new TreeSet<>();
        queried.forEach(q -> names.addAll(metricNames(q)));
        assertThat(names).as("metrics the dashboard and the rules query").contains("hikaricp_connections_active",
                "r2dbc_pool_acquired", "interviewiq_db_mode", "interviewiq_health_status", "interviewiq_db_mode_switches_total");
        assertThat(served).as("metrics /metrics serves (sync, then async)").containsAll(names);
    }

    @Test
    void alertRulesPassPromtool() throws Exception {
        Promtool.Result check = Promtool.find().checkRules(RULES);
        assertThat(check.ok()).as("promtool check rules:%n%s", check.output()).isTrue();
        assertThat(check.output()).contains("SUCCESS");
    }

    @Test
    void metricNamesAreReadFromPromQl() {
        assertThat(metricNames("sum by (instance, kind) (rate(interviewiq_db_errors_total{instance=~\"$instance\",kind=~\"a|b\"}[$__rate_interval])) >= 1"))
                .containsExactly("interviewiq_db_errors_total");
        assertThat(metricNames("(hikaricp_connections_active / hikaricp_connections_max) >= 0.8 or r2dbc_pool_pending >= 5"))
                .containsExactly("hikaricp_connections_active", "hikaricp_connections_max", "r2dbc_pool_pending");
        assertThat(metricNames("label_values(interviewiq_db_mode, instance)")).containsExactly("interviewiq_db_mode");
        assertThat(metricNames("abs(interviewiq_server_agreement_percent - 100) > 2"))
                .containsExactly("interviewiq_server_agreement_percent");
    }

    /** Every PromQL expression in the dashboard: panel targets, annotations, template variables. */
    static List<String> dashboardQueries() throws Exception {
        JsonNode dashboard = JsonSupport.mapper().readTree(Files.readString(GRAFANA));
        List<String> exprs = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            panel.get("targets").forEach(t -> exprs.add(t.get("expr").asText()));
        }
        for (JsonNode a : dashboard.get("annotations").get("list")) {
            if (a.has("expr")) {
                exprs.add(a.get("expr").asText());
            }
        }
        for (JsonNode v : dashboard.get("templating").get("list")) {
            if ("query".equals(v.get("type").asText())) {
                exprs.add(v.get("definition").asText());
            }
        }
        assertThat(exprs).as("queries in " + GRAFANA).hasSizeGreaterThan(10);
        return exprs;
    }

    /** The rules' {@code expr:} lines (each rule's expression is on one line). */
    static List<String> ruleQueries() throws Exception {
        return Files.readAllLines(RULES).stream().map(String::strip).filter(l -> l.startsWith("expr:"))
                .map(l -> l.substring("expr:".length()).strip()).toList();
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset");

    /**
     * The metric names a PromQL expression reads: identifiers that are neither functions (followed
     * by "("), label matchers (inside braces), ranges, string literals, grouping labels nor keywords.
     */
    static Set<String> metricNames(String expr) {
        String e = expr.replaceAll("label_values\\(([^,]+),[^)]*\\)", "$1")
                .replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\{[^}]*}", "")
                .replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(e);
        while (m.find()) {
            String id = m.group();
            boolean function = e.substring(m.end()).stripLeading().startsWith("(");
            if (!function && !KEYWORDS.contains(id)) {
                names.add(id);
            }
        }
        return names;
    }

    /** The names of the samples in an exposition (histogram and summary parts included as served). */
    static Set<String> servedNames(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                Matcher m = IDENTIFIER.matcher(line);
                if (m.lookingAt()) {
                    names.add(m.group());
                }
            }
        }
        return names;
    }

    private static String get(MonitoringEndpoints http, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + http.port() + path)).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
