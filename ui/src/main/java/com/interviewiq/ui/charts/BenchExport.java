package com.interviewiq.ui.charts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.interviewiq.engine.json.JsonSupport;
import com.interviewiq.engine.bench.BenchReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A benchmark's files: results.json (the document {@code bench --json} prints), results.csv,
 * throughput.png and p99.png. The screen's Export and {@code bench --out} both write them here.
 */
public final class BenchExport {
    public static final String[] FILES = {"results.json", "results.csv", "throughput.png", "p99.png"};
    private static final ObjectMapper JSON = JsonSupport.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchExport() {
    }

    public static void write(Path dir, BenchReport report) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.json"), JSON.writeValueAsString(report), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("results.csv"), report.toCsv(), StandardCharsets.UTF_8);
        BenchCharts.write(dir, report.results());
    }
}
