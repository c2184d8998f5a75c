package org.incidentatlas.app;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code export}: pictures and data of the incidents shown, written with no window and no display. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write map pictures (png), timeline animations (gif, frames) or data of the incidents the "
                + "filters let through. Needs no display.",
        subcommands = {ExportPictureCommands.Png.class, ExportPictureCommands.Gif.class,
            ExportPictureCommands.Frames.class, ExportDataCommands.Csv.class, ExportDataCommands.GeoJson.class,
            ExportDataCommands.Kml.class})
final class ExportCommand {
    @ParentCommand
    Cli cli;

    /**
     * Draws without a display: pictures are Java2D in memory, so a missing or unreachable {@code DISPLAY} must not
     * matter. Call before the first drawing.
     */
    static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** A write that may fail. */
    @FunctionalInterface
    interface Write {
        void run() throws IOException;
    }

    /**
     * Runs a write to {@code out}; a failure becomes a {@link CannotWriteException} naming the path and the reason.
     */
    static void write(Path out, Write write) throws CannotWriteException {
        try {
            write.run();
        } catch (java.io.InterruptedIOException e) {
            throw new CannotWriteException(out + ": " + e.getMessage(), e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new CannotWriteException(out + ": permission denied on " + e.getFile(), e);
        } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.NotDirectoryException e) {
            throw new CannotWriteException(out + ": " + e.getFile() + " is a file, not a folder", e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CannotWriteException(out + ": no such folder " + e.getFile(), e);
        } catch (java.nio.file.FileSystemException e) {
            throw new CannotWriteException(out + ": " + (e.getReason() == null ? "file system error"
                    : e.getReason()) + " (" + e.getFile() + ")", e);
        } catch (IOException e) {
            throw new CannotWriteException(out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses, before any work, an {@code --out} that names an existing folder where a file is wanted; otherwise the
     * export would run in full and only then fail to move its file into place. Missing folders on the way are made.
     */
    static void requireFileTarget(Path out) throws CannotWriteException {
        if (java.nio.file.Files.isDirectory(out)) {
            throw new CannotWriteException(out + ": it is a folder; name the file to write", null);
        }
    }

    /** A file could not be written; nothing half-written was left behind. */
    static final class CannotWriteException extends Exception {
        private static final long serialVersionUID = 1L;

        CannotWriteException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
