package com.interviewiq.engine.config;

/** The localhost HTTP endpoints: off by default in the console, always 127.0.0.1, optional bearer token. */
public record HttpSettings(boolean enabled, int port, Secret token) {
}
