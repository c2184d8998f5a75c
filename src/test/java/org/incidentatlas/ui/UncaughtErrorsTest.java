package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** An error nothing caught is logged, then told in a dialog that says what happened and where. */
class UncaughtErrorsTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final UncaughtErrors handler = new UncaughtErrors(dialogs, fxQueue::add);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(UncaughtErrors.class);

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
    }

    private static RuntimeException failInHere() {
        try {
            Object nothing = null;
            return new RuntimeException(nothing.toString());
        } catch (NullPointerException e) {
            return e;
        }
    }

    @Test
    void anErrorIsLoggedWithItsTraceThenShownWithWhereItHappened() {
        RuntimeException error = failInHere();
        Thread thread = new Thread(() -> { }, "atlas-tasks");
        handler.uncaughtException(thread, error);

        assertEquals(1, log.list.size());
        assertSame(error, ((ch.qos.logback.classic.spi.ThrowableProxy) log.list.get(0).getThrowableProxy())
                .getThrowable(), "the log keeps the whole error");
        assertTrue(dialogs.errors.isEmpty(), "the dialog waits for the FX thread's next turn");
        fxQueue.remove(0).run();

        Failure shown = dialogs.errors.get(0);
        assertEquals("Something went wrong inside Incident Atlas", shown.what());
        assertTrue(shown.why().contains("in UncaughtErrorsTest.failInHere, line "), shown.why());
        assertTrue(shown.why().contains("thread atlas-tasks"), shown.why());
        assertTrue(shown.whatToDo().contains("Help > Open log folder"), shown.whatToDo());
    }

    @Test
    void errorsWhileADialogIsPendingAreLoggedWithoutMoreDialogs() {
        Thread fx = new Thread(() -> { }, "JavaFX Application Thread");
        handler.uncaughtException(fx, new IllegalStateException("first"));
        handler.uncaughtException(fx, new IllegalStateException("second"));
        assertEquals(2, log.list.size());
        assertEquals(1, fxQueue.size(), "one dialog at a time");
        fxQueue.remove(0).run();
        handler.uncaughtException(fx, new IllegalStateException("third"));
        assertEquals(1, fxQueue.size(), "once the dialog is closed, the next error is shown again");
        fxQueue.remove(0).run();
        assertEquals(List.of("first", "third"), dialogs.errors.stream()
                .map(f -> f.why().substring(0, f.why().indexOf(' '))).toList());
    }
}
