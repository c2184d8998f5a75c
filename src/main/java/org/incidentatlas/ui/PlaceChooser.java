package org.incidentatlas.ui;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.incidentatlas.index.NamedPlace;
import org.incidentatlas.index.NamedPlaces;

/**
 * A box to type a place's name in: it lists the OCHA areas and towns whose names match (case, accents and Arabic
 * spelling ignored), and picking one places the incident there.
 */
final class PlaceChooser {
    static final String ID = "editor-named-place";
    private static final int SHOWN = 25;

    private final ComboBox<NamedPlace> box = new ComboBox<>();

    PlaceChooser(NamedPlaces places, Consumer<NamedPlace> onPick) {
        box.setId(ID);
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPromptText("Type a governorate, district, sub-district or town, e.g. Daquq");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(NamedPlace p) {
                return p == null ? "" : p.label();
            }

            @Override
            public NamedPlace fromString(String text) {
                return box.getItems().stream().filter(p -> p.label().equals(text)).findFirst().orElse(null);
            }
        });
        box.getEditor().textProperty().addListener((o, was, now) -> {
            NamedPlace chosen = box.getValue();
            if (chosen != null && chosen.label().equals(now)) {
                return;
            }
            // Not while the text is being changed: changing the items resets the text the box shows.
            Platform.runLater(() -> {
                box.getItems().setAll(places.matching(now, SHOWN));
                if (box.getEditor().isFocused() && !now.isBlank() && !box.getItems().isEmpty()) {
                    // Shown again so that the list is as tall as its items.
                    box.hide();
                    box.setVisibleRowCount(Math.min(10, box.getItems().size()));
                    box.show();
                }
            });
        });
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                onPick.accept(now);
            }
        });
    }

    ComboBox<NamedPlace> node() {
        return box;
    }
}
