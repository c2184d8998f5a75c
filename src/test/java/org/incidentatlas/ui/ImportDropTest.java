package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files dropped on the window that cannot be imported are refused in a dialog saying which and what to drop. */
class ImportDropTest {
    @TempDir
    Path folder;

    @Test
    void aDropOfNothingImportableSaysWhatWasDroppedAndWhatCanBe() throws Exception {
        File picture = Files.writeString(folder.resolve("map.png"), "x").toFile();
        File notes = Files.writeString(folder.resolve("notes.txt"), "x").toFile();
        FakeDialogs dialogs = new FakeDialogs();
        List<String> status = new ArrayList<>();
        ImportFlow flow = new ImportFlow(null, new TrackedTasks(null, Runnable::run), content -> { }, status::add,
                dialogs);

        assertFalse(flow.dropped(List.of(picture, notes)));

        assertEquals(List.of(new Failure("Cannot import map.png, notes.txt", "Incident Atlas imports tables (.csv or "
                + ".xlsx: UCDP GED, ACLED, GTD, or any other with its columns chosen) and its own .json files, and "
                + "none of the files dropped is one",
                "Nothing was imported. Drop a .csv, .xlsx or .json file, or choose File > Import.")), dialogs.errors);
        assertEquals(List.of("Nothing imported: only .csv, .xlsx and .json files can be imported"), status);
    }
}
