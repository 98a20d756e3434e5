package com.interviewiq.engine.transfer;

import com.interviewiq.engine.questions.QuestionDraft;

/** One question read from a file, with the label that locates it ("row 7", "questions[3]"). */
public record ParsedRow(String label, QuestionDraft draft) {
}
