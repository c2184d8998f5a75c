package org.incidentatlas.ui;

import java.util.BitSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.FilterEvaluator;
import org.incidentatlas.index.FilterSummary;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;

/**
 * The filters of the window: the current {@link IncidentFilter}, the incidents it lets through (as an
 * {@link IncidentMask} over the map's {@link TimeIndex}, which the timeline and the map apply together with the date
 * window) and the summary line. Evaluated on the in-memory {@link FilterCodes}, never by a query.
 *
 * <p>A change from the panel ({@link #request}) is evaluated on the spot for a few incidents; from
 * {@link #BACKGROUND_FROM} on, it waits {@link #DEBOUNCE_MS} for more typing, is evaluated on a worker thread and
 * delivered to the FX thread, and only the latest request is shown: the window never waits for a filter.
 */
public final class FilterViewModel {
    // Properties
    private final ReadOnlyObjectWrapper<IncidentFilter> filter = new ReadOnlyObjectWrapper<>(IncidentFilter.NONE);
    private final ReadOnlyObjectWrapper<IncidentMask> mask = new ReadOnlyObjectWrapper<>(IncidentMask.ALL);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    /** From this many incidents on, panel changes are evaluated in the background. */
    public static final int BACKGROUND_FROM = 50_000;
    /** How long a change waits for the next keystroke or tick before it is evaluated. */
    public static final long DEBOUNCE_MS = 150;
    private static final ScheduledExecutorService WORKER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "atlas-filter");
        t.setDaemon(true);
        return t;
    });

    private final FilterCodes codes;
    private final TimeIndex points;
    private final int[] pointToCode;
    private final ScheduledExecutorService worker;
    private final Consumer<Runnable> fxThread;
    private final boolean background;
    private final AtomicLong requested = new AtomicLong();
    private BitSet matching;

    public FilterViewModel(FilterCodes codes, TimeIndex points) {
        this(codes, points, codes.size() >= BACKGROUND_FROM, WORKER, Platform::runLater);
    }

    /**
     * @param background whether panel changes are evaluated on {@code worker} (after the debounce) and delivered
     *                   through {@code fxThread}
     */
    FilterViewModel(FilterCodes codes, TimeIndex points, boolean background, ScheduledExecutorService worker,
            Consumer<Runnable> fxThread) {
        this.codes = codes;
        this.points = points;
        this.pointToCode = codes.positionsIn(points);
        this.background = background;
        this.worker = worker;
        this.fxThread = fxThread;
        apply(IncidentFilter.NONE);
    }

    public ReadOnlyObjectProperty<IncidentFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** The incidents the filters let through, by position in the map's {@link TimeIndex}. */
    public ReadOnlyObjectProperty<IncidentMask> maskProperty() {
        return mask.getReadOnlyProperty();
    }

    /** "1,234 of 7,476 incidents, 5,678 deaths (best)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public FilterCodes codes() {
        return codes;
    }

    /** Positions in {@link #codes()} of the incidents the current filter lets through (a copy). */
    public BitSet matching() {
        return (BitSet) matching.clone();
    }

    // Commands

    /** Applies a filter at once, on the calling (FX) thread; any request still waiting is dropped. */
    public void apply(IncidentFilter f) {
        requested.incrementAndGet();
        show(f, evaluate(f));
    }

    /**
     * A change from the panel: applied at once for a few incidents, otherwise evaluated in the background after
     * {@link #DEBOUNCE_MS}; a later request replaces one not yet shown.
     */
    public void request(IncidentFilter f) {
        if (!background) {
            apply(f);
            return;
        }
        long ticket = requested.incrementAndGet();
        worker.schedule(() -> {
            if (requested.get() != ticket) {
                return;
            }
            Result r = evaluate(f);
            fxThread.accept(() -> {
                if (requested.get() == ticket) {
                    show(f, r);
                }
            });
        }, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
    }

    private Result evaluate(IncidentFilter f) {
        BitSet passing = FilterEvaluator.evaluate(codes, f);
        IncidentMask m = f.isEmpty() ? IncidentMask.ALL
                : IncidentMask.of(points, p -> pointToCode[p] >= 0 && passing.get(pointToCode[p]));
        return new Result(passing, m, FilterEvaluator.summarise(codes, passing));
    }

    private void show(IncidentFilter f, Result r) {
        matching = r.passing();
        filter.set(f);
        mask.set(r.mask());
        summary.set(r.summary().line());
    }

    /** What a filter lets through, computed off the FX thread for a large index. */
    private record Result(BitSet passing, IncidentMask mask, FilterSummary summary) {
    }

    public void clearAll() {
        apply(IncidentFilter.NONE);
    }
}
