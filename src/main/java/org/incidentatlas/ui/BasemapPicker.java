package org.incidentatlas.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.incidentatlas.map.BasemapChoice;
import org.incidentatlas.render.BasemapKind;
import org.incidentatlas.map.BasemapSettings;
import org.incidentatlas.map.BasemapSources;
import org.incidentatlas.map.BasemapSwitch;
import org.incidentatlas.render.TileSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The basemap menu on the map: the offline map (default), OpenStreetMap online (opt-in: only then does the app send
 * requests, to the tile server), or an MBTiles file. The choice is remembered; a choice that cannot be opened leaves
 * the current map and says why.
 */
public final class BasemapPicker extends MenuButton {
    public static final String ID = "basemap-picker";
    private static final Logger LOG = LoggerFactory.getLogger(BasemapPicker.class);
    private static final DialogService.FileRequest MBTILES_FILE = new DialogService.FileRequest(
            "Open an MBTiles basemap", java.util.List.of(DialogService.FileType.of("MBTiles", "*.mbtiles"),
                    DialogService.FileType.of("All files", "*.*")), null, null);

    private final BasemapSwitch basemaps;
    private final BasemapSettings settings;
    private final Background background;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final RadioMenuItem offline = new RadioMenuItem("Offline map (bundled, no network)");
    private final RadioMenuItem online = new RadioMenuItem();
    private final RadioMenuItem mbtiles = new RadioMenuItem("MBTiles file…");
    private BasemapChoice current = BasemapChoice.OFFLINE;

    public BasemapPicker(BasemapSwitch basemaps, BasemapSettings settings, Background background,
            DialogService dialogs) {
        this.basemaps = basemaps;
        this.settings = settings;
        this.background = background;
        this.dialogs = dialogs;
        setId(ID);
        online.setText("OpenStreetMap (online: requests tiles from " + host(settings.onlineTemplate()) + ")");
        ToggleGroup group = new ToggleGroup();
        for (RadioMenuItem item : new RadioMenuItem[] {offline, online, mbtiles}) {
            item.setToggleGroup(group);
        }
        offline.setOnAction(e -> choose(BasemapChoice.OFFLINE));
        online.setOnAction(e -> choose(new BasemapChoice(BasemapKind.ONLINE, settings.onlineTemplate())));
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
            LOG.warn("Cannot open the basemap {}", choice, error);
            message.set("Basemap not changed: " + Failure.reason(error));
            showChoice();
            if (say) {
                dialogs.showError(Failure.of("Cannot use " + describe(choice) + " as the basemap", error,
                        choice.kind() == BasemapKind.MBTILES ? "The map keeps its basemap. Choose an MBTiles file "
                                + "of PNG or JPEG tiles (one made with gdal_translate -of MBTILES, for example), or "
                                + "the offline map." : "The map keeps its basemap. Choose the offline map, or try "
                                + "again when the tile server can be reached."));
            }
        });
    }

    private void pickFile() {
        var file = dialogs.openFile(MBTILES_FILE);
        if (file.isEmpty()) {
            showChoice();
            return;
        }
        choose(new BasemapChoice(BasemapKind.MBTILES, file.get().toAbsolutePath().toString()));
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

    private static String describe(BasemapChoice choice) {
        return switch (choice.kind()) {
            case MBTILES -> "the file " + choice.location();
            case ONLINE -> "online tiles from " + host(choice.location());
            case OFFLINE -> "the offline map";
        };
    }

    private static String host(String template) {
        return template.replaceAll("^https?://([^/{]+).*$", "$1");
    }
}
