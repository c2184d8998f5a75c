package org.incidentatlas.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.index.BinUnit;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.WindowMode;

/**
 * The date windows of a timeline playback, frame by frame, stepped as the window's timeline steps: a moving window
 * of {@code days} days moves by one {@code step} per frame; a cumulative one keeps everything up to its end and moves
 * the end. Playback starts with the window at {@code start} and stops with the first frame that reaches {@code last}
 * (the last frame ends on it, as the timeline's does), or after {@code maxFrames} frames.
 *
 * @param start     the first day of the first frame's window
 * @param last      the last day to play to
 * @param days      the window's length in days (1 or more)
 * @param mode      moving or cumulative
 * @param step      how far each frame moves the window
 * @param maxFrames at most this many frames
 */
public record Playback(LocalDate start, LocalDate last, int days, WindowMode mode, BinUnit step,
        int maxFrames) {
    /** More frames than this is surely a mistake (a daily step over decades): ask for a coarser step. */
    public static final int MAX_FRAMES = 5000;

    /** @throws IllegalArgumentException naming the bad value */
    public Playback {
        if (days < 1) {
            throw new IllegalArgumentException("window must be at least 1 day (was " + days + ")");
        }
        if (last.isBefore(start)) {
            throw new IllegalArgumentException("playback ends (" + last + ") before it starts (" + start + ")");
        }
        if (maxFrames < 1 || maxFrames > MAX_FRAMES) {
            throw new IllegalArgumentException("frames must be 1 to " + MAX_FRAMES + " (was " + maxFrames + ")");
        }
    }

    /** Every frame's window, in order. */
    public List<DateWindow> windows() {
        List<DateWindow> out = new ArrayList<>();
        long lastDay = last.toEpochDay();
        for (int k = 0; out.size() < maxFrames; k++) {
            LocalDate from = step.plus(start, k);
            long to = from.toEpochDay() + days - 1;
            long shownFrom = from.toEpochDay();
            if (to >= lastDay) {
                to = lastDay;
                shownFrom = Math.max(start.toEpochDay(), lastDay - days + 1);
            }
            out.add(mode == WindowMode.CUMULATIVE ? DateWindow.until(Math.toIntExact(to))
                    : new DateWindow(Math.toIntExact(shownFrom), Math.toIntExact(to)));
            if (to >= lastDay) {
                break;
            }
        }
        return out;
    }

    /**
     * Reads a window length: "30d", "2w", "30" (days), "6m" (months of 30 days) or "1y" (365 days).
     *
     * @throws IllegalArgumentException when it is not one of those
     */
    public static int parseDays(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,5})\\s*([dwmy]?)").matcher(t);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
            throw new IllegalArgumentException("window must be a length like 30d, 2w, 6m or 1y (was '" + text
                    + "')");
        }
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "w" -> n * 7;
            case "m" -> n * 30;
            case "y" -> n * 365;
            default -> n;
        };
    }
}
