package com.interviewiq.app;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Chooses JavaFX's own software renderer up front on a Linux machine without a GPU device (no
 * /dev/dri, no /dev/nvidia*: a virtual machine, a remote desktop, Xvfb). There JavaFX would load
 * OpenGL (Mesa and its LLVM), find only a software rasteriser it does not accept, and fall back to
 * its software pipeline anyway, leaving Mesa in memory: 45-50 MB of an idle console
 * (docs/BENCHMARKS.md). GTK loads OpenGL as well when the display opens, unless the environment
 * says {@code GDK_GL=disable}; a launcher cannot set an environment variable, so it is set in the
 * process's own environment before the toolkit starts. A machine with a GPU, an explicit
 * {@code -Dprism.order} and a {@code GDK_GL} of the user's own are left as they are.
 */
final class Rendering {
    static final String PRISM_ORDER = "prism.order";
    static final String GDK_GL = "GDK_GL";

    /** software: pick JavaFX's software pipeline and keep GTK from loading OpenGL; why: for the log. */
    record Choice(boolean software, String why) {
    }

    private Rendering() {
    }

    /** prismOrder: the user's -Dprism.order, null when not given. */
    static Choice choose(String osName, Path dev, String prismOrder) {
        if (prismOrder != null) {
            return new Choice(false, "prism.order=" + prismOrder + " given");
        }
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return new Choice(false, osName + ": the toolkit's default");
        }
        if (Files.isDirectory(dev.resolve("dri")) || hasNvidiaDevice(dev)) {
            return new Choice(false, "a GPU device in " + dev + ": the toolkit's default");
        }
        return new Choice(true, "no GPU device in " + dev + " (dri, nvidia*): JavaFX's software renderer, OpenGL not loaded");
    }

    /** Applies the choice for this process; call before the JavaFX toolkit starts. */
    static Choice applyForThisMachine() {
        Choice choice = choose(System.getProperty("os.name", ""), Path.of("/dev"), System.getProperty(PRISM_ORDER));
        if (!choice.software()) {
            return choice;
        }
        System.setProperty(PRISM_ORDER, "sw");
        return setEnvIfAbsent(GDK_GL, "disable") ? choice
                : new Choice(true, choice.why() + " by JavaFX; GDK_GL could not be set, so GTK may still load it");
    }

    private static boolean hasNvidiaDevice(Path dev) {
        try (Stream<Path> entries = Files.list(dev)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("nvidia"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * setenv(3) with overwrite 0: a value already there stays. Returns false when the C library
     * cannot be called (the toolkit then loads OpenGL as before: memory, not correctness).
     */
    static boolean setEnvIfAbsent(String name, String value) {
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle setenv = linker.downcallHandle(linker.defaultLookup().find("setenv").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            try (Arena arena = Arena.ofConfined()) {
                return (int) setenv.invokeExact(arena.allocateFrom(name), arena.allocateFrom(value), 0) == 0;
            }
        } catch (Throwable e) {
            return false;
        }
    }
}
