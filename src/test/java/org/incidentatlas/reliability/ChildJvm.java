package org.incidentatlas.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of this build in a child JVM with the test class path, for tests that kill or trap it. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** A started child whose stdout is readable line by line; stderr goes to {@code errFile}. */
    public static Process start(Class<?> main, List<String> jvmOptions, Path errFile, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("INCIDENT_ATLAS_HOME");
        pb.redirectError(errFile == null ? ProcessBuilder.Redirect.DISCARD
                : ProcessBuilder.Redirect.to(errFile.toFile()));
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        return pb.start();
    }
}
