package com.interviewiq.engine.config;

/** Where a setting's value came from, highest precedence first. */
public enum SettingSource {
    CLI("command line"), ENVIRONMENT("environment"), FILE("settings file"), DEFAULT("default");

    private final String label;

    SettingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
