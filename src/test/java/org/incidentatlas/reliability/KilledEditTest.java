package org.incidentatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.domain.Edit;
import org.incidentatlas.domain.EditKind;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.SampleIncidents;
import org.incidentatlas.ingest.EditException;
import org.incidentatlas.ingest.IncidentEditor;
import org.incidentatlas.ingest.NativeJson;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.DatasetRegistry;
import org.incidentatlas.store.EditStore;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits under crashes and concurrency: a process killed ({@code kill -9}) while it saves edits loses at most the save
 * it caught, and the record is what its history says; two writers saving into the same database at once each get
 * every save kept, in one history that adds up; a window's save of a record changed since it opened it is refused.
 */
class KilledEditTest {
    private static final IncidentId ID = IncidentId.parse("mine:edited");
    private static final int KILLS = 4;

    @TempDir
    Path home;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS) // guards against a hang only; not a speed check
    void aKillDuringASaveLosesAtMostThatSaveAndTheHistoryAddsUp() throws Exception {
        Path folder = home.resolve("db");
        prepare(folder);
        Random random = new Random(1717);
        int acknowledged = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            int steps = stepsSaved(folder);
            Process child = ChildJvm.start(EditChild.class, List.of(), home.resolve("err" + kill + ".txt"),
                    folder.toString(), ID.toString(), Integer.toString(steps));
            child.getOutputStream().close();
            int wanted = 3 + random.nextInt(25);
            int last = steps;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (int k = 0; k < wanted; k++) {
                    String line = out.readLine();
                    assertNotNull(line, "the child ended: " + Files.readString(home.resolve("err" + kill + ".txt")));
                    last = Integer.parseInt(line.substring("saved ".length()));
                }
                // It goes on saving: the kill lands inside one of the next saves, or between two.
                child.destroyForcibly().waitFor();
            }
            acknowledged = last;
            int kept = stepsSaved(folder);
            assertTrue(kept == acknowledged || kept == acknowledged + 1, "kill " + kill + ": " + acknowledged
                    + " saves acknowledged, " + kept + " kept (at most the save caught may be lost or kept)");
            assertConsistent(folder);
        }
        try (Database db = Database.open(folder)) {
            IncidentEditor editor = new IncidentEditor(new EditStore(db));
            Edit undo = editor.undo(ID);
            assertEquals(EditKind.UNDO, undo.kind(), "undo still works after the kills");
        }
        assertConsistent(folder);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoWritersAtOnceKeepEverySaveInOneHistory() throws Exception {
        Path folder = home.resolve("db2");
        prepare(folder);
        int each = 60;
        try (Database db = Database.open(folder)) {
            IncidentEditor cli = new IncidentEditor(new EditStore(db));
            IncidentEditor window = new IncidentEditor(new EditStore(db));
            Incident opened = new IncidentRepository(db).find(ID).orElseThrow();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService writers = Executors.newFixedThreadPool(2);
            try {
                Future<?> a = writers.submit(() -> saveMany(cli, "method", "a", each, go));
                Future<?> b = writers.submit(() -> saveMany(window, "place.name", "b", each, go));
                go.countDown();
                a.get(60, TimeUnit.SECONDS);
                b.get(60, TimeUnit.SECONDS);
            } finally {
                writers.shutdown();
            }
            // A window that opened the record before those saves may not save over them.
            EditException stale = org.junit.jupiter.api.Assertions.assertThrows(EditException.class,
                    () -> window.save(opened, opened, "late"));
            assertTrue(stale.getMessage().contains("was changed since it was opened"), stale.getMessage());
            List<Edit> history = cli.history(ID);
            assertEquals(1 + 2 * each, history.size(), "a create and every save of both writers");
            Incident now = new IncidentRepository(db).find(ID).orElseThrow();
            assertEquals("a " + (each - 1), now.method());
            assertEquals("b " + (each - 1), now.place().name());
        }
        assertConsistent(folder);
    }

    private static void saveMany(IncidentEditor editor, String field, String prefix, int count, CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (int k = 0; k < count; k++) {
            editor.set(ID, Map.of(field, prefix + " " + k), null);
        }
    }

    private static void prepare(Path folder) {
        try (Database db = Database.open(folder)) {
            new DatasetRegistry(db).create("mine", null, true);
            new IncidentEditor(new EditStore(db)).add("mine", List.of(SampleIncidents.full("x", "edited")), null);
        }
    }

    /** How many of the child's steps are kept: edits, undos and redos after the record's creation. */
    private static int stepsSaved(Path folder) {
        try (Database db = Database.open(folder)) {
            return new EditStore(db).history(ID).size() - 1;
        }
    }

    /**
     * The record is what its history says: for each field, the last value a kept change gave it; every undo took back
     * an edit that is marked undone unless a later redo put it back.
     */
    private static void assertConsistent(Path folder) throws Exception {
        try (Database db = Database.open(folder)) {
            List<Edit> history = new EditStore(db).history(ID);
            Incident now = new IncidentRepository(db).find(ID).orElseThrow();
            assertEquals(EditKind.CREATE, history.get(0).kind());
            Map<String, String> last = new HashMap<>();
            Map<Long, Boolean> undone = new HashMap<>();
            List<Long> numbers = new ArrayList<>();
            for (Edit e : history) {
                numbers.add(e.id());
                e.changes().forEach(c -> last.put(c.field(), c.after()));
                if (e.kind() == EditKind.UNDO) {
                    undone.put(e.reverts(), true);
                } else if (e.kind() == EditKind.REDO) {
                    long target = history.stream().filter(u -> u.id() == e.reverts()).findFirst().orElseThrow()
                            .reverts();
                    undone.put(target, false);
                }
            }
            assertEquals(numbers.stream().sorted().toList(), numbers, "edits in the order they were kept");
            JsonNode record = NativeJson.mapper().valueToTree(now);
            for (String field : List.of("method", "place.name")) {
                if (last.containsKey(field)) {
                    JsonNode value = record.at("/" + field.replace('.', '/'));
                    assertEquals(last.get(field), value.toString(), field + " is what the history's last change says");
                }
            }
            for (Edit e : history) {
                assertEquals(undone.getOrDefault(e.id(), false), e.undone(), "edit " + e.id() + "'s undone mark");
            }
        }
    }
}
