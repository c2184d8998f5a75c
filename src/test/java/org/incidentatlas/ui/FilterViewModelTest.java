package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.FilterEvaluator;
import org.incidentatlas.index.GedFacts;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.IncidentIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filter changes of a large index are computed on a worker and only the latest one is shown. */
class FilterViewModelTest {
    private IncidentIndex index;
    private ScheduledExecutorService worker;
    /** What the worker hands to the "FX thread": run by the test, in order. */
    private final BlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private FilterViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        IncidentIndex.Builder b = IncidentIndex.builder(AdminBoundaries.bundled());
        GedFacts.read().forEach(b);
        index = b.build();
        worker = Executors.newSingleThreadScheduledExecutor();
        model = new FilterViewModel(index.codes(), index.points(), true, worker, fx::add);
    }

    @AfterEach
    void tearDown() {
        worker.shutdownNow();
    }

    @Test
    void aRequestIsComputedOffTheCallingThreadAndShownWhenDelivered() throws Exception {
        String all = model.summaryProperty().get();
        IncidentFilter mosul = IncidentFilter.builder().text("mosul").build();
        model.request(mosul);
        assertEquals(all, model.summaryProperty().get(), "nothing changes before the result is delivered");
        deliverNext();
        assertEquals(summary(mosul), model.summaryProperty().get());
        assertEquals(mosul, model.filterProperty().get());
    }

    @Test
    void typingFastEndsShowingTheLastText() throws Exception {
        IncidentFilter last = null;
        for (String typed : new String[] {"m", "mo", "mos", "mosu", "mosul"}) {
            last = IncidentFilter.builder().text(typed).build();
            model.request(last);
        }
        // Under load a keystroke may come after the pause and be computed too; its result is then not shown.
        while (!last.equals(model.filterProperty().get())) {
            deliverNext();
        }
        assertEquals(summary(last), model.summaryProperty().get());
        assertEquals(last, model.filterProperty().get());
    }

    @Test
    void aResultThatArrivesAfterANewerRequestIsDropped() throws Exception {
        IncidentFilter older = IncidentFilter.builder().text("baghdad").build();
        IncidentFilter newer = IncidentFilter.builder().text("kirkuk").build();
        assertNotEquals(summary(older), summary(newer));
        model.request(older);
        Runnable olderResult = fx.poll(30, TimeUnit.SECONDS);
        assertNotNull(olderResult);
        model.request(newer);
        olderResult.run();
        assertNotEquals(summary(older), model.summaryProperty().get(), "an outdated result is not shown");
        deliverNext();
        assertEquals(summary(newer), model.summaryProperty().get());
    }

    private void deliverNext() throws InterruptedException {
        Runnable r = fx.poll(30, TimeUnit.SECONDS);
        assertNotNull(r, "a result was delivered");
        r.run();
    }

    private String summary(IncidentFilter f) {
        return FilterEvaluator.summarise(index.codes(), FilterEvaluator.evaluate(index.codes(), f)).line();
    }
}
