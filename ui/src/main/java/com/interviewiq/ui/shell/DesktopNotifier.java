package com.interviewiq.ui.shell;

/** Shows a short message outside the console's window (the system tray). Must not block its caller. */
interface DesktopNotifier {
    void show(String title, String message);
}
