package com.interviewiq.engine.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.interviewiq.engine.json.JsonSupport;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A chat-completions endpoint on 127.0.0.1 that records each request and answers as told.
 * {@link #hold()} makes it wait (at most 30 s) until {@link #close()}, to test timeouts without
 * sleeping in the test.
 */
final class FakeChatServer implements AutoCloseable {
    static final String PATH = "/v1/chat/completions";

    record Recorded(String method, String path, Headers headers, String body) {
        JsonNode json() {
            try {
                return JsonSupport.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final CountDownLatch released = new CountDownLatch(1);
    private final BlockingQueue<Recorded> requests = new LinkedBlockingQueue<>();
    private volatile int status = 200;
    private volatile String body = "{}";
    private volatile boolean holding;

    private FakeChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    static FakeChatServer start() throws IOException {
        return new FakeChatServer();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** Answers 200 with a chat completion whose message content is {@code content}. */
    FakeChatServer replyWithContent(String content) {
        ObjectNode reply = JsonSupport.mapper().createObjectNode();
        reply.put("id", "chatcmpl-test").put("object", "chat.completion").put("model", "grader-1");
        ObjectNode choice = reply.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        return reply(200, reply.toString());
    }

    FakeChatServer reply(int status, String body) {
        this.status = status;
        this.body = body;
        return this;
    }

    /** Accepts requests but answers only once the server is closed. */
    FakeChatServer hold() {
        holding = true;
        return this;
    }

    /** Held requests are answered now, and later ones at once: the model server is back. */
    FakeChatServer release() {
        holding = false;
        released.countDown();
        return this;
    }

    /** The next request the server received, waiting up to 5 s for it. */
    Recorded takeRequest() throws InterruptedException {
        Recorded request = requests.poll(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("the server received no request");
        }
        return request;
    }

    int requestCount() {
        return requests.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String received = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders(), received));
            if (holding) {
                released.await(30, TimeUnit.SECONDS);
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }
}
