package org.incidentatlas.ui;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A failure as a person is told about it: what failed and on what ({@code what}, the dialog's heading), why
 * ({@code why}) and what to do about it ({@code whatToDo}). None of the three is ever blank.
 */
public record Failure(String what, String why, String whatToDo) {
    public Failure {
        what = orElse(what, "Something failed in Incident Atlas");
        why = orElse(why, "no reason was given");
        whatToDo = orElse(whatToDo, "Try again; if it fails again, send the log file to the developers.");
    }

    /** A failure whose reason is taken from {@code cause} by {@link #reason(Throwable)}. */
    public static Failure of(String what, Throwable cause, String whatToDo) {
        return new Failure(what, reason(cause), whatToDo);
    }

    /**
     * Why {@code e} happened, in words and never blank: its message, or its cause's when it has none; the file a
     * file-system error names, with what went wrong with it; the type of error when nothing else is known.
     */
    public static String reason(Throwable e) {
        if (e == null) {
            return "no reason was given";
        }
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof CompletionException
                || t instanceof UncheckedIOException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof FileSystemException f) {
            return fileProblem(f);
        }
        if (t instanceof OutOfMemoryError) {
            return "Incident Atlas ran out of memory";
        }
        String message = t.getMessage();
        if (message != null && !message.isBlank()) {
            return message.strip();
        }
        if (t.getCause() != null && t.getCause() != t) {
            return reason(t.getCause());
        }
        return "an unexpected " + t.getClass().getSimpleName() + " inside Incident Atlas, with no message";
    }

    private static String fileProblem(FileSystemException f) {
        String file = f.getFile() == null ? "a file" : f.getFile();
        String other = f.getOtherFile() == null ? "" : " (and " + f.getOtherFile() + ")";
        if (f instanceof NoSuchFileException) {
            return file + other + " does not exist";
        }
        if (f instanceof AccessDeniedException) {
            return "no permission to use " + file + other;
        }
        if (f instanceof FileAlreadyExistsException) {
            return file + other + " already exists";
        }
        String why = f.getReason() == null ? f.getClass().getSimpleName() : f.getReason();
        return file + other + ": " + why;
    }

    private static String orElse(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
