package org.incidentatlas.ui;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.incidentatlas.index.BinUnit;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.Histogram;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.index.WindowMode;
import org.incidentatlas.index.WindowTotals;

/**
 * State of the timeline: the span of days it shows (zoom), the selected date window and its mode, playback, and what
 * the window and the span hold. Knows no view. Playback advances by {@link #step} commands; {@link #tick} turns
 * elapsed time into steps at the chosen speed, so a test can step without time passing.
 */
public final class TimelineModel {
    /** How the window moves: a window of fixed length, or everything up to the window's end. */


    /** At 1x speed, one step every quarter of a second. */
    public static final long NANOS_PER_STEP = 250_000_000L;
    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 64;

    // Properties
    private final ReadOnlyObjectWrapper<TimeIndex> index = new ReadOnlyObjectWrapper<>(TimeIndex.empty());
    private final ReadOnlyObjectWrapper<IncidentMask> mask = new ReadOnlyObjectWrapper<>(IncidentMask.ALL);
    /** The selected days [from, to] as the slider shows them, whatever the mode. */
    private final ReadOnlyObjectWrapper<DateWindow> selection = new ReadOnlyObjectWrapper<>(new DateWindow(0, 0));
    /** The window the map shows: the selection, or everything up to its end in cumulative mode. */
    private final ReadOnlyObjectWrapper<DateWindow> window = new ReadOnlyObjectWrapper<>(new DateWindow(0, 0));
    private final ReadOnlyObjectWrapper<DateWindow> span = new ReadOnlyObjectWrapper<>(new DateWindow(0, 0));
    private final ReadOnlyObjectWrapper<Histogram> histogram = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<WindowTotals> totals = new ReadOnlyObjectWrapper<>(new WindowTotals(0, 0));
    private final ObjectProperty<WindowMode> mode = new SimpleObjectProperty<>(WindowMode.MOVING);
    private final ObjectProperty<BinUnit> stepUnit = new SimpleObjectProperty<>(BinUnit.MONTH);
    private final DoubleProperty speed = new SimpleDoubleProperty(1);
    private final BooleanProperty loop = new SimpleBooleanProperty(true);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final BooleanProperty ofDeaths = new SimpleBooleanProperty(false);

    private long sinceStep;

    public TimelineModel() {
        mode.addListener((o, a, b) -> updateWindow());
        speed.addListener((o, a, b) -> {
            double s = b.doubleValue();
            if (!(s >= MIN_SPEED && s <= MAX_SPEED)) {
                speed.set(Double.isNaN(s) ? 1 : Math.max(MIN_SPEED, Math.min(MAX_SPEED, s)));
            }
        });
    }

    public ReadOnlyObjectProperty<TimeIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IncidentMask> maskProperty() {
        return mask.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DateWindow> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DateWindow> windowProperty() {
        return window.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DateWindow> spanProperty() {
        return span.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Histogram> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WindowTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ObjectProperty<WindowMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<BinUnit> stepUnitProperty() {
        return stepUnit;
    }

    /** Playback speed, {@link #MIN_SPEED} to {@link #MAX_SPEED} (values outside are clamped). */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public BooleanProperty loopProperty() {
        return loop;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** Whether the histogram shows deaths rather than incidents. */
    public BooleanProperty ofDeathsProperty() {
        return ofDeaths;
    }

    // Commands

    /** Shows a new index (after start-up or an import): the whole span, with every day selected. */
    public void setIndex(TimeIndex newIndex) {
        index.set(newIndex);
        mask.set(IncidentMask.ALL);
        DateWindow all = new DateWindow(newIndex.firstDay(), Math.max(newIndex.firstDay(), newIndex.lastDay()));
        span.set(all);
        selection.set(all);
        updateWindow();
        updateHistogram();
    }

    /** Applies a filter (the hook for the filter panel): the map, counts and histogram show only what passes. */
    public void setMask(IncidentMask newMask) {
        if (!newMask.fits(index.get().size())) {
            throw new IllegalArgumentException("mask was built for another index");
        }
        mask.set(newMask);
        updateWindow();
        updateHistogram();
    }

    /** Selects [from, to] (epoch days), kept inside the data's days and in order. */
    public void select(int from, int to) {
        int lo = Math.min(from, to);
        int hi = Math.max(from, to);
        int first = index.get().firstDay();
        int last = Math.max(first, index.get().lastDay());
        lo = Math.max(first, Math.min(last, lo));
        hi = Math.max(lo, Math.min(last, hi));
        selection.set(new DateWindow(lo, hi));
        updateWindow();
    }

    /** Keeps the window's start and makes it {@code days} long. */
    public void setLength(int days) {
        DateWindow s = selection.get();
        select(s.from(), s.from() + Math.max(1, days) - 1);
    }

    public int length() {
        return selection.get().to() - selection.get().from() + 1;
    }

    /** Shows the days [from, to] on the timeline (zoom); the histogram follows. */
    public void zoomTo(int from, int to) {
        int first = index.get().firstDay();
        int last = Math.max(first, index.get().lastDay());
        int lo = Math.max(first, Math.min(from, to));
        int hi = Math.min(last, Math.max(from, to));
        if (hi - lo < 7) {
            hi = Math.min(last, lo + 7);
            lo = Math.max(first, hi - 7);
        }
        span.set(new DateWindow(lo, hi));
        updateHistogram();
    }

    /** Zooms by a factor (below 1 zooms in) keeping {@code centreDay} in place. */
    public void zoom(double factor, int centreDay) {
        DateWindow s = span.get();
        zoomTo((int) Math.round(centreDay - (centreDay - s.from()) * factor),
                (int) Math.round(centreDay + (s.to() - centreDay) * factor));
    }

    public void zoomToSelection() {
        DateWindow s = selection.get();
        int pad = Math.max(3, (s.to() - s.from()) / 10);
        zoomTo(s.from() - pad, s.to() + pad);
    }

    public void showAll() {
        TimeIndex i = index.get();
        zoomTo(i.firstDay(), i.lastDay());
    }

    /**
     * Moves the window one step of the step unit (the next coarser unit when {@code larger}) forwards
     * ({@code direction} > 0) or back. In moving mode the whole window moves; in cumulative mode its end does. Past
     * the last day it starts again from the first when looping, otherwise it stops there and playback pauses.
     */
    public void step(int direction, boolean larger) {
        BinUnit unit = larger ? stepUnit.get().coarser() : stepUnit.get();
        DateWindow s = selection.get();
        int first = index.get().firstDay();
        int last = Math.max(first, index.get().lastDay());
        int len = s.to() - s.from();
        int sign = direction < 0 ? -1 : 1;
        boolean cumulative = mode.get() == WindowMode.CUMULATIVE;
        int moved = (int) unit.plus(LocalDate.ofEpochDay(cumulative ? s.to() : s.from()), sign).toEpochDay();
        if (cumulative) {
            if (moved > last && s.to() >= last) {
                endReached(() -> select(s.from(), first));
            } else {
                select(s.from(), moved);
            }
        } else if (moved + len > last && s.to() >= last && sign > 0) {
            endReached(() -> select(first, first + len));
        } else {
            int from = Math.max(first, Math.min(moved, last - len));
            select(from, from + len);
        }
    }

    public void play() {
        sinceStep = 0;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlaying() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Lets {@code nanos} of time pass while playing: steps forward once per {@link #NANOS_PER_STEP} / speed. */
    public void tick(long nanos) {
        if (!playing.get()) {
            return;
        }
        sinceStep += nanos;
        long interval = (long) (NANOS_PER_STEP / speed.get());
        while (sinceStep >= interval && playing.get()) {
            sinceStep -= interval;
            step(1, false);
        }
    }

    private void endReached(Runnable restart) {
        if (loop.get()) {
            restart.run();
        } else {
            pause();
        }
    }

    private void updateWindow() {
        DateWindow s = selection.get();
        DateWindow w = mode.get() == WindowMode.CUMULATIVE ? DateWindow.until(s.to()) : s;
        window.set(w);
        totals.set(index.get().totals(w, mask.get()));
    }

    private void updateHistogram() {
        DateWindow s = span.get();
        histogram.set(Histogram.of(index.get(), mask.get(), s.from(), s.to(),
                BinUnit.forSpan((long) s.to() - s.from() + 1)));
    }
}
