package com.interviewiq.engine.config;

/** A setting is invalid. The message names the setting, where it came from and what is accepted. */
public class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
