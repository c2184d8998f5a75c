package org.incidentatlas.store;

import java.nio.file.Path;

/** Started in a separate JVM by {@link DatabaseTest}: opens the database in {@code args[0]} and says how it went. */
public final class OpenInAnotherProcess {
    static final int OPENED = 0;
    static final int IN_USE = 3;
    static final int FAILED = 4;

    private OpenInAnotherProcess() {
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
