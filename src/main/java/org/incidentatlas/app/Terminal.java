package org.incidentatlas.app;

import java.io.Console;

/** The person at the command line, when there is one: asks a question and reads the answer. */
interface Terminal {
    /** The process's own terminal ({@link System#console()}), or none when input or output is redirected. */
    Terminal SYSTEM = new Terminal() {
        @Override
        public boolean present() {
            return System.console() != null;
        }

        @Override
        public String ask(String question) {
            Console console = System.console();
            return console == null ? null : console.readLine("%s", question);
        }
    };

    /** Whether a person can answer (standard input and output are a terminal). */
    boolean present();

    /** Prints the question and returns the answer line, or null at the end of input. */
    String ask(String question);
}
