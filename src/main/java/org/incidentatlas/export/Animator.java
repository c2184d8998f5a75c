package org.incidentatlas.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.domain.ProgressListener;

/**
 * Renders a timeline playback frame by frame into a {@link FrameSink}: every frame is the map picture of one step's
 * date window, drawn by the same {@link MapSnapshot} as a single picture (so each frame is what the window shows at
 * that step), captioned with its own dates and counts. Reports progress after each frame and stops when its thread is
 * interrupted (a cancelled task), leaving nothing behind.
 */
public final class Animator {
    private Animator() {
    }

    /**
     * Writes every frame of {@code playback} and finishes the sink; returns the number of frames.
     *
     * @throws InterruptedIOException when the thread was interrupted (cancelled); nothing is left behind
     */
    public static int write(MapSnapshot snapshot, Shown shown, MapFrame frame, Titles titles, Playback playback,
            FrameSink sink, ProgressListener progress) throws IOException {
        List<DateWindow> windows = playback.windows();
        int n = 0;
        for (DateWindow w : windows) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("animation cancelled after " + n + " of " + windows.size()
                        + " frames");
            }
            Shown step = shown.in(w);
            Captions captions = Captions.of(titles.title(), w, titles.filter(), step.totals(),
                    titles.attribution());
            sink.add(snapshot.render(step, frame, captions), captions);
            n++;
            progress.progress(n, windows.size(), "frames: " + n + " of " + windows.size() + " ("
                    + Captions.dates(w) + ")");
        }
        sink.finish();
        return n;
    }

    /** The words every frame carries besides its dates and counts. */
    public record Titles(String title, IncidentFilter filter, String attribution) {
    }
}
