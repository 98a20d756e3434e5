package com.interviewiq.ui.questions;

/**
 * An item of a filter box: what it shows and the value it stands for (null = "any"). A ComboBox
 * holding nulls directly cannot tell "any" from "nothing selected".
 */
record Choice<T>(String label, T value) {
    @Override
    public String toString() {
        return label;
    }
}
