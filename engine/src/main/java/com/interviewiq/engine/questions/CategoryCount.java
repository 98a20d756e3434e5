package com.interviewiq.engine.questions;

public record CategoryCount(String category, long total, long ready) {
}
