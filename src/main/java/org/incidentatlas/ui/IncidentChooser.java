package org.incidentatlas.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.index.FilterCodes;

/** A click on a crowded spot offers the incidents under it to choose from instead of guessing. */
final class IncidentChooser {
    static final String ITEM_CLASS = "incident-choice";
    /** More than this many make a menu taller than a screen; the rest are counted, not listed. */
    static final int MAX_ITEMS = 20;

    private IncidentChooser() {
    }

    /** Lists the incidents in the order given (the map's: largest toll first). */
    static ContextMenu show(Node owner, double screenX, double screenY, List<IncidentId> ids, FilterCodes codes,
            Consumer<IncidentId> choose) {
        ContextMenu menu = new ContextMenu();
        for (IncidentId id : ids.subList(0, Math.min(MAX_ITEMS, ids.size()))) {
            int k = codes.indexOf(id);
            MenuItem item = new MenuItem(k < 0 ? id.toString() : FilterCodesContext.label(codes, k));
            item.getStyleClass().add(ITEM_CLASS);
            item.setOnAction(e -> choose.accept(id));
            menu.getItems().add(item);
        }
        if (ids.size() > MAX_ITEMS) {
            MenuItem more = new MenuItem("… and " + (ids.size() - MAX_ITEMS) + " more here: zoom in or filter");
            more.setDisable(true);
            menu.getItems().add(more);
        }
        menu.show(owner, screenX, screenY);
        return menu;
    }
}
