package com.interviewiq.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Software rendering is chosen only on a GPU-less Linux machine and never over the user's own choice. */
class RenderingTest {
    @TempDir
    Path dev;

    @Test
    void aLinuxMachineWithoutAGpuDeviceGetsTheSoftwareRenderer() {
        Rendering.Choice choice = Rendering.choose("Linux", dev, null);
        assertThat(choice.software()).isTrue();
        assertThat(choice.why()).contains("no GPU device in " + dev);
    }

    @Test
    void aDriOrNvidiaDeviceLeavesTheToolkitToChoose() throws Exception {
        Files.createDirectories(dev.resolve("dri"));
        assertThat(Rendering.choose("Linux", dev, null).software()).isFalse();
        Files.delete(dev.resolve("dri"));
        Files.createFile(dev.resolve("nvidia0"));
        assertThat(Rendering.choose("Linux", dev, null).software()).isFalse();
    }

    @Test
    void theUsersPrismOrderAndOtherSystemsAreLeftAlone() {
        assertThat(Rendering.choose("Linux", dev, "es2"))
                .isEqualTo(new Rendering.Choice(false, "prism.order=es2 given"));
        assertThat(Rendering.choose("Windows 11", dev, null).software()).isFalse();
        assertThat(Rendering.choose("Mac OS X", dev, null).software()).isFalse();
    }

    @Test
    void theEnvironmentVariableIsSetForTheProcessButNeverOverwritten() throws Throwable {
        String name = "INTERVIEWIQ_RENDERING_TEST_" + ProcessHandle.current().pid();
        assertThat(nativeGetenv(name)).isNull();
        assertThat(Rendering.setEnvIfAbsent(name, "disable")).isTrue();
        assertThat(nativeGetenv(name)).isEqualTo("disable");
        assertThat(Rendering.setEnvIfAbsent(name, "other")).isTrue();
        assertThat(nativeGetenv(name)).isEqualTo("disable");
    }

    /** What GTK will read: the C library's environment, not Java's copy of it taken at start. */
    private static String nativeGetenv(String name) throws Throwable {
        Linker linker = Linker.nativeLinker();
        MethodHandle getenv = linker.downcallHandle(linker.defaultLookup().find("getenv").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment value = (MemorySegment) getenv.invokeExact(arena.allocateFrom(name));
            return value.equals(MemorySegment.NULL) ? null : value.reinterpret(Long.MAX_VALUE).getString(0);
        }
    }
}
