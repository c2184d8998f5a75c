package org.incidentatlas.reliability;

import java.nio.file.Path;
import java.util.Map;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.ingest.IncidentEditor;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.EditStore;

/**
 * A child process for {@link KilledEditTest}: saves edits to one incident without end (every fifth step an undo,
 * the next a redo), printing "saved N" once each is committed, until it is killed.
 */
public final class EditChild {
    private EditChild() {
    }

    public static void main(String[] args) {
        IncidentId id = IncidentId.parse(args[1]);
        int step = Integer.parseInt(args[2]);
        try (Database db = Database.open(Path.of(args[0]))) {
            IncidentEditor editor = new IncidentEditor(new EditStore(db));
            while (true) {
                step++;
                if (step % 6 == 5) {
                    editor.undo(id);
                } else if (step % 6 == 0) {
                    editor.redo(id);
                } else {
                    editor.set(id, Map.of("method", "method of step " + step, "place.name", "place after step "
                            + step), "step " + step);
                }
                System.out.println("saved " + step);
                System.out.flush();
            }
        }
    }
}
