package org.incidentatlas.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the command line in this JVM on a given database folder and keeps what it printed. */
record CliRun(int code, String out, String err) {
    static CliRun on(Path db, String... args) {
        return on(db, Terminal.SYSTEM, args);
    }

    /** Runs with {@code terminal} as the person who answers questions. */
    static CliRun on(Path db, Terminal terminal, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(terminal);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(all);
        return new CliRun(code, out.toString(), err.toString());
    }
}
