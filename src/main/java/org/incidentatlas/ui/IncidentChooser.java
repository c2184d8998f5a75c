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

    private IncidentChooser() {
    }

    static ContextMenu show(Node owner, double screenX, double screenY, List<IncidentId> ids, FilterCodes codes,
            Consumer<IncidentId> choose) {
        ContextMenu menu = new ContextMenu();
        for (IncidentId id : ids) {
            int k = codes.indexOf(id);
            MenuItem item = new MenuItem(k < 0 ? id.toString() : FilterCodesContext.label(codes, k));
            item.getStyleClass().add(ITEM_CLASS);
            item.setOnAction(e -> choose.accept(id));
            menu.getItems().add(item);
        }
        menu.show(owner, screenX, screenY);
        return menu;
    }
}
