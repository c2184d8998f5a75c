package org.incidentatlas.store;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Started in a separate JVM by {@link StagedImportTest}: locks the file {@code args[0]}, says "locked", and waits. */
public final class HoldMarker {
    private HoldMarker() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
            ch.lock();
            System.out.print("locked");
            System.out.flush();
            // Holds the lock until the test ends this process.
            System.in.read();
        }
    }
}
