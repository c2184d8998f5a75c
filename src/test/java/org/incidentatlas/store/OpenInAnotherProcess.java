package org.incidentatlas.store;

import java.nio.file.Path;

/** Started in a separate JVM by {@link DatabaseTest}: opens the database in {@code args[0]} and says how it went. */
public final class OpenInAnotherProcess {
    static final int OPENED = 0;
    static final int IN_USE = 3;
    static final int FAILED = 4;

    private OpenInAnotherProcess() {
    }

    /** What the other process said, once it has ended. */
    record Result(int exit, String output) {
    }

    /** Runs this class in a new JVM on {@code folder} and waits for it. */
    static Result run(Path folder) throws java.io.IOException, InterruptedException {
        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(launcher, "-cp", classPath, OpenInAnotherProcess.class.getName(),
                folder.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    public static void main(String[] args) {
        int code;
        try (Database db = Database.open(Path.of(args[0]))) {
            System.out.println("opened, " + new IncidentRepository(db).count() + " incidents");
            code = OPENED;
        } catch (DatabaseInUseException e) {
            System.out.println(e.getMessage());
            code = IN_USE;
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
            code = FAILED;
        }
        System.exit(code);
    }
}
