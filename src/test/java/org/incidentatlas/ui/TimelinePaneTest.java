package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.incidentatlas.index.BinUnit;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.index.TimeIndexBuilder;
import org.incidentatlas.index.WindowMode;
import org.incidentatlas.index.WindowTotals;
import org.incidentatlas.domain.PointRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline, headless: dragging the range slider picks the window, playback steps it without real time. */
@ExtendWith(ApplicationExtension.class)
class TimelinePaneTest {
    private static final LocalDate FIRST = LocalDate.of(2014, 1, 1);

    private final TimelineModel model = new TimelineModel();
    private final ManualClock clock = new ManualClock();

    /** One incident a day through 2014, each with as many deaths as its day of the month. */
    private static TimeIndex index() {
        TimeIndexBuilder b = new TimeIndexBuilder(365);
        for (int d = 0; d < 365; d++) {
            LocalDate day = FIRST.plusDays(d);
            b.accept(new Row(d, "t", Integer.toString(d), (int) day.toEpochDay(), (int) day.toEpochDay(), 1, 33.3,
                    44.4, day.getDayOfMonth(), 1 + d % 3));
        }
        return b.build();
    }

    @Start
    void start(Stage stage) {
        model.setIndex(index());
        stage.setScene(new Scene(new TimelinePane(model, clock), 1250, 200));
        stage.show();
    }

    @Test
    void theAxisNamesTheFirstsOfMonthsUnderTheirBars(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        DateAxis axis = robot.lookup("#" + DateAxis.ID).queryAs(DateAxis.class);
        // Read on the FX thread, where the axis lays itself out.
        double[] at = WaitForAsyncUtils.asyncFx(() -> {
            Label june = axis.getChildrenUnmodifiable().stream().filter(n -> n instanceof Label l
                    && l.getText().equals("2014-06")).map(Label.class::cast).findFirst().orElseThrow();
            return new double[] {june.getLayoutX() + june.getWidth() / 2, axis.getWidth()};
        }).get();
        // 2014 on 1,250 pixels: room for 15 labels, so every month from its first day.
        assertEquals(java.util.List.of("2014", "2014-02", "2014-03", "2014-04", "2014-05", "2014-06", "2014-07",
                "2014-08", "2014-09", "2014-10", "2014-11", "2014-12"), WaitForAsyncUtils.asyncFx(axis::texts).get());
        double expected = (LocalDate.of(2014, 6, 1).toEpochDay() - FIRST.toEpochDay()) * at[1] / 365.0;
        assertEquals(expected, at[0], 1.0, "June's label sits under 1 June");
    }

    @Test
    void draggingTheHighThumbShrinksTheWindowAndTheTextShowsItsDatesAndCounts(FxRobot robot) {
        DateWindow before = model.windowProperty().get();
        assertEquals(new DateWindow((int) FIRST.toEpochDay(), (int) FIRST.plusDays(364).toEpochDay()), before);

        Node high = robot.lookup(".high-thumb").query();
        robot.drag(high).dropBy(-600, 0);
        WaitForAsyncUtils.waitForFxEvents();

        DateWindow after = model.windowProperty().get();
        assertEquals(before.from(), after.from());
        assertTrue(after.to() < before.to() - 100, "the window ends much earlier: " + after.toDate());
        WindowTotals totals = model.totalsProperty().get();
        assertEquals(after.to() - after.from() + 1, totals.incidents(), "one incident a day in the window");
        String text = robot.lookup("#" + TimelinePane.WINDOW_TEXT_ID).queryAs(Label.class).getText();
        assertTrue(text.startsWith("2014-01-01 – " + after.toDate()), text);
        assertTrue(text.contains(String.format("%,d incidents", totals.incidents())), text);
    }

    @Test
    void playAdvancesOneStepPerTickAndPauseStops(FxRobot robot) {
        robot.interact(() -> {
            model.select((int) FIRST.toEpochDay(), (int) FIRST.plusDays(6).toEpochDay());
            model.stepUnitProperty().set(BinUnit.WEEK);
        });
        robot.clickOn("#" + TimelinePane.PLAY_ID);
        assertTrue(model.playingProperty().get());
        assertTrue(clock.running());

        robot.interact(() -> clock.elapse(TimelineModel.NANOS_PER_STEP));

        DateWindow w = model.windowProperty().get();
        assertEquals(FIRST.plusWeeks(1), w.fromDate());
        assertEquals(FIRST.plusWeeks(1).plusDays(6), w.toDate());
        assertEquals(new WindowTotals(7, sumOfDays(8, 14)), model.totalsProperty().get());

        robot.clickOn("#" + TimelinePane.PLAY_ID);
        assertFalse(model.playingProperty().get());
        assertFalse(clock.running());
    }

    @Test
    void keysStepAndShiftStepsByTheNextLargerUnit(FxRobot robot) {
        robot.interact(() -> {
            model.select((int) FIRST.toEpochDay(), (int) FIRST.plusDays(9).toEpochDay());
            model.stepUnitProperty().set(BinUnit.DAY);
        });
        robot.clickOn("#" + TimelinePane.WINDOW_TEXT_ID);
        robot.type(KeyCode.RIGHT);
        assertEquals(FIRST.plusDays(1), model.windowProperty().get().fromDate());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(FIRST.plusDays(1).plusWeeks(1), model.windowProperty().get().fromDate());
        robot.type(KeyCode.LEFT);
        assertEquals(FIRST.plusDays(7), model.windowProperty().get().fromDate());
        assertEquals(10, model.length());
    }

    @Test
    void cumulativeModeCountsEverythingUpToTheEndAndMaskFilters(FxRobot robot) {
        robot.interact(() -> {
            model.select((int) FIRST.plusDays(20).toEpochDay(), (int) FIRST.plusDays(30).toEpochDay());
            model.modeProperty().set(WindowMode.CUMULATIVE);
        });
        assertEquals(DateWindow.until((int) FIRST.plusDays(30).toEpochDay()), model.windowProperty().get());
        assertEquals(new WindowTotals(31, sumOfDays(1, 31)), model.totalsProperty().get());
        robot.interact(() -> model.setMask(IncidentMask.of(model.indexProperty().get(),
                i -> model.indexProperty().get().deathsBest(i) > 30)));
        assertEquals(new WindowTotals(1, 31), model.totalsProperty().get());
    }

    private static long sumOfDays(int from, int to) {
        return (long) (from + to) * (to - from + 1) / 2;
    }

    record Row(long rowId, String dataset, String originalId, int startDay, int endDay, int datePrecision,
            double latitude, double longitude, int deathsBest, int violenceType) implements PointRow {
    }

    /** A playback clock that moves only when told. */
    static final class ManualClock implements PlaybackClock {
        private LongConsumer elapsed;

        @Override
        public void start(LongConsumer onElapsed) {
            this.elapsed = onElapsed;
        }

        @Override
        public void stop() {
            elapsed = null;
        }

        boolean running() {
            return elapsed != null;
        }

        void elapse(long nanos) {
            elapsed.accept(nanos);
        }
    }
}
