package com.interviewiq.engine.validation;

/** Rules for text a user or a file gives us, shared by the importers, the services and the settings. */
public final class Text {
    private Text() {
    }

    /**
     * Text may hold tab, newline and carriage return; any other control character (a NUL from a
     * damaged file) is refused on every backend alike, rather than stored by one and rejected by
     * another's driver with its own message.
     */
    public static boolean hasControlCharacter(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
