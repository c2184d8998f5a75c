package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar's task indicator follows the task that runs, not the last one queued. */
@ExtendWith(ApplicationExtension.class)
class TaskIndicatorTest {
    private final WorkThread worker = new WorkThread("indicator-test");
    private TaskIndicator indicator;

    @Start
    void start(Stage stage) {
        indicator = new TaskIndicator();
        stage.setScene(new Scene(indicator, 600, 60));
        stage.show();
    }

    @AfterEach
    void close() {
        worker.close(Duration.ofSeconds(10));
    }

    @Test
    void theRunningTaskIsShownAndCancelledWhileTheNextWaits(FxRobot robot) throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        AtomicBoolean stopFirst = new AtomicBoolean();
        CountDownLatch rolledBack = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        Task<String> first = new Task<>() {
            @Override
            protected String call() throws InterruptedException {
                updateMessage("importing a.csv");
                firstRunning.countDown();
                while (!stopFirst.get()) {
                    Thread.onSpinWait();
                }
                // Stopping takes a moment (an import rolls back).
                rolledBack.await();
                return "stopped";
            }
        };
        Task<String> second = new Task<>() {
            @Override
            protected String call() throws InterruptedException {
                updateMessage("importing b.csv");
                releaseSecond.await();
                return "done";
            }
        };
        robot.interact(() -> {
            indicator.track(first, () -> stopFirst.set(true));
            worker.execute(first);
            indicator.track(second);
            worker.execute(second);
        });
        assertTrue(firstRunning.await(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "importing a.csv".equals(message(robot)));
        assertTrue(indicator.isVisible());
        assertEquals("(1 more waiting)", robot.lookup("#" + TaskIndicator.WAITING_ID).queryAs(Label.class).getText());

        robot.clickOn("#" + TaskIndicator.CANCEL_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Cancelling: importing a.csv", message(robot), "says so while the task stops");
        assertTrue(robot.lookup("#" + TaskIndicator.CANCEL_ID).query().isDisabled());
        rolledBack.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "importing b.csv".equals(message(robot)));
        assertTrue(stopFirst.get(), "Cancel asked the running task to stop");
        assertFalse(second.isCancelled(), "the waiting task was left alone");
        assertFalse(robot.lookup("#" + TaskIndicator.WAITING_ID).queryAs(Label.class).isVisible());
        assertTrue(indicator.isVisible(), "still shown while the second one runs");
        assertFalse(robot.lookup("#" + TaskIndicator.CANCEL_ID).query().isDisabled(), "the second can be cancelled");

        releaseSecond.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> indicator.pending() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(indicator.isVisible(), "hidden when idle");
        assertEquals("done", second.get());
    }

    private String message(FxRobot robot) {
        return robot.lookup("#" + TaskIndicator.ID + " .label").queryAllAs(Label.class).stream()
                .filter(l -> !TaskIndicator.WAITING_ID.equals(l.getId())).findFirst().map(Label::getText).orElse("");
    }
}
