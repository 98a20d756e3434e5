package com.interviewiq.app;

import java.io.PrintWriter;

/** Asks before a command deletes or replaces data; {@code --yes} answers for scripts. */
final class Confirm {
    private Confirm() {
    }

    /** True with --yes, or when the user types "yes" at the terminal; without a terminal nothing is asked and nothing done. */
    static boolean confirmed(boolean yes, String question, PrintWriter out) {
        if (yes) {
            return true;
        }
        java.io.Console console = System.console();
        if (console == null) {
            out.println("Nothing changed: add --yes to confirm (there is no terminal to ask).");
            out.flush();
            return false;
        }
        out.flush();
        String answer = console.readLine("%s Type yes to go on: ", question);
        if (answer == null || !answer.strip().equalsIgnoreCase("yes")) {
            out.println("Nothing changed.");
            out.flush();
            return false;
        }
        return true;
    }
}
