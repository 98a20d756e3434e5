package com.interviewiq.ui.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.AWTException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A system-tray message through AWT, where the desktop has a tray. Everything AWT happens on this
 * notifier's own thread: the sampler that raised the alert and the FX thread never wait for it.
 * Where there is no tray (headless, some desktops) it says so once in the log and stays quiet.
 */
final class TrayNotifier implements DesktopNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(TrayNotifier.class);
    private static final TrayNotifier SHARED = new TrayNotifier();

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tray-notifier");
        t.setDaemon(true);
        return t;
    });
    private TrayIcon icon; // only touched on the notifier's thread
    private boolean unavailable;

    private TrayNotifier() {
    }

    /** One tray icon per console, however often the engine is restarted. */
    static TrayNotifier shared() {
        return SHARED;
    }

    @Override
    public void show(String title, String message) {
        thread.execute(() -> {
            try {
                TrayIcon i = icon();
                if (i != null) {
                    i.displayMessage(title, message, TrayIcon.MessageType.ERROR);
                }
            } catch (RuntimeException | AWTException e) {
                unavailable("the system tray refused the icon: " + e.getMessage());
            }
        });
    }

    private TrayIcon icon() throws AWTException {
        if (icon != null || unavailable) {
            return icon;
        }
        if (!SystemTray.isSupported()) {
            unavailable("this desktop has no system tray");
            return null;
        }
        TrayIcon made = new TrayIcon(image(), "InterviewIQ Console");
        made.setImageAutoSize(true);
        SystemTray.getSystemTray().add(made);
        icon = made;
        return icon;
    }

    private void unavailable(String why) {
        if (!unavailable) {
            unavailable = true;
            LOG.info("desktop notifications are off: {} (critical alerts still show on the Dashboard and Health)", why);
        }
    }

    /** A red dot: the console ships no tray-sized icon. */
    private static BufferedImage image() {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xCF, 0x22, 0x2E));
        g.fillOval(1, 1, 14, 14);
        g.dispose();
        return img;
    }
}
