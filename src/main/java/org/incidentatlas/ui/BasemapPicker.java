package org.incidentatlas.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.FileChooser;
import org.incidentatlas.map.BasemapChoice;
import org.incidentatlas.map.BasemapSettings;
import org.incidentatlas.map.BasemapSources;
import org.incidentatlas.map.BasemapSwitch;
import org.incidentatlas.render.TileSource;

/**
 * The basemap menu on the map: the offline map (default), OpenStreetMap online (opt-in: only then does the app send
 * requests, to the tile server), or an MBTiles file. The choice is remembered; a choice that cannot be opened leaves
 * the current map and says why.
 */
public final class BasemapPicker extends MenuButton {
    public static final String ID = "basemap-picker";

    private final BasemapSwitch basemaps;
    private final BasemapSettings settings;
    private final Background background;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final RadioMenuItem offline = new RadioMenuItem("Offline map (bundled, no network)");
    private final RadioMenuItem online = new RadioMenuItem();
    private final RadioMenuItem mbtiles = new RadioMenuItem("MBTiles file…");
    private BasemapChoice current = BasemapChoice.OFFLINE;

    public BasemapPicker(BasemapSwitch basemaps, BasemapSettings settings, Background background) {
        this.basemaps = basemaps;
        this.settings = settings;
        this.background = background;
        setId(ID);
        online.setText("OpenStreetMap (online: requests tiles from " + host(settings.onlineTemplate()) + ")");
        ToggleGroup group = new ToggleGroup();
        for (RadioMenuItem item : new RadioMenuItem[] {offline, online, mbtiles}) {
            item.setToggleGroup(group);
        }
        offline.setOnAction(e -> choose(BasemapChoice.OFFLINE));
        online.setOnAction(e -> choose(new BasemapChoice(BasemapChoice.Kind.ONLINE, settings.onlineTemplate())));
        mbtiles.setOnAction(e -> pickFile());
        getItems().addAll(offline, online, mbtiles);
        showChoice();
    }

    /** Messages for the status line (a choice that could not be opened). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Applies the remembered choice (at start), quietly unless it cannot be opened. */
    public void restore() {
        choose(settings.choice(), false);
    }

    public BasemapChoice current() {
        return current;
    }

    /** Opens the choice off the FX thread, then shows it and remembers it. */
    public void choose(BasemapChoice choice) {
        choose(choice, true);
    }

    private void choose(BasemapChoice choice, boolean say) {
        background.run(() -> {
            try {
                return BasemapSources.open(choice);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, (TileSource source) -> {
            basemaps.use(source);
            current = choice;
            settings.remember(choice);
            if (say) {
                message.set(source == null ? "Basemap: offline map" : source.attribution());
            }
            showChoice();
        }, error -> {
            Throwable cause = error instanceof UncheckedIOException u ? u.getCause() : error;
            message.set("Basemap not changed: " + cause.getMessage());
            showChoice();
        });
    }

    private void pickFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an MBTiles basemap");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("MBTiles", "*.mbtiles"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            showChoice();
            return;
        }
        choose(new BasemapChoice(BasemapChoice.Kind.MBTILES, file.getAbsolutePath()));
    }

    private void showChoice() {
        switch (current.kind()) {
            case OFFLINE -> {
                offline.setSelected(true);
                setText("Basemap: offline");
            }
            case ONLINE -> {
                online.setSelected(true);
                setText("Basemap: OpenStreetMap (online)");
            }
            case MBTILES -> {
                mbtiles.setSelected(true);
                setText("Basemap: " + Path.of(current.location()).getFileName());
            }
            default -> throw new IllegalStateException("unknown basemap kind " + current.kind());
        }
    }

    private static String host(String template) {
        return template.replaceAll("^https?://([^/{]+).*$", "$1");
    }
}
