package com.interviewiq.engine.transfer;

/** The file as a whole cannot be imported (too big, wrong encoding, unknown format version). */
public class ImportFileException extends RuntimeException {
    public ImportFileException(String message) {
        super(message);
    }
}
