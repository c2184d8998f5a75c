package org.incidentatlas.app;

/**
 * Entry point of the jar. A plain class (not the JavaFX {@code Application}) so the fat jar starts without the JavaFX
 * module path. No arguments opens the window; anything else is the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        int code = Cli.run(args);
        if (code != Cli.WINDOW_CLOSED) {
            System.exit(code);
        }
    }
}
