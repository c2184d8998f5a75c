package org.incidentatlas.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import org.incidentatlas.render.basemap.LabelLanguage;
import javafx.scene.control.SeparatorMenuItem;
import org.incidentatlas.render.Classing;
import org.incidentatlas.render.ColourBy;
import org.incidentatlas.render.MapMode;
import org.incidentatlas.render.SizeBy;
import javafx.scene.control.ToggleGroup;
import org.incidentatlas.export.ViewStyle;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's menus with their usual accelerators; what they do is given by {@link Actions}. */
public final class AtlasMenuBar extends MenuBar {
    private final ToggleGroup themes = new ToggleGroup();
    private final ToggleGroup languages = new ToggleGroup();
    private final ToggleGroup sizes = new ToggleGroup();
    private final ToggleGroup colours = new ToggleGroup();
    private final ToggleGroup modes = new ToggleGroup();
    private final ToggleGroup measures = new ToggleGroup();
    private final ToggleGroup methods = new ToggleGroup();

    /** The commands behind the menus. */
    public interface Actions {
        void importFile();

        void removeDataset();

        /** File > Export dataset: one of the researcher's own datasets with its history, as native JSON. */
        void exportDataset();

        void newDataset();

        void newIncident();

        void editIncident();

        void exportMap();

        void exportAnimation();

        void exportData();

        void saveView();

        void openView();

        void quit();

        void find();

        void toggleFullScreen();

        void useTheme(Theme theme);

        /** Symbol colours say the type of violence, the common category or the dataset. */
        default void colourSymbolsBy(ColourBy by) {
        }

        /** The map draws symbols or a choropleth of one level, counting incidents or deaths, classed one way. */
        default void showMapMode(MapMode mode, SizeBy measure, Classing classes) {
        }

        /** The offline map names Iraq's areas in English, Arabic or both. */
        default void useLabels(LabelLanguage language) {
        }

        /** Symbol areas stand for summed deaths or for the number of incidents. */
        default void sizeSymbolsBy(SizeBy by) {
        }

        void resetPreferences();

        void showShortcuts();

        void openLogFolder();

        void showAbout();
    }

    public AtlasMenuBar(Actions actions, Theme current) {
        setUseSystemMenuBar(true);
        Menu file = fileMenu(actions);
        MenuItem find = item("Find…", "mdi2m-magnify", "Shortcut+F", actions::find);
        Menu edit = new Menu("_Edit", null, find);

        MenuItem fullScreen = item("Full screen", "mdi2f-fullscreen", "F11", actions::toggleFullScreen);
        Menu theme = new Menu("Theme");
        for (Theme t : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(t.label());
            choice.setUserData(t);
            choice.setToggleGroup(themes);
            choice.setSelected(t == current);
            choice.setOnAction(e -> actions.useTheme(t));
            theme.getItems().add(choice);
        }
        Menu symbols = symbolSizeMenu(actions);
        Menu colourBy = colourByMenu(actions);
        Menu names = new Menu("Map labels");
        for (LabelLanguage l : LabelLanguage.values()) {
            RadioMenuItem choice = new RadioMenuItem(l == LabelLanguage.ENGLISH ? "English"
                    : l == LabelLanguage.ARABIC ? "Arabic (العربية)" : "English and Arabic");
            choice.setId("menu-labels-" + l.word());
            choice.setUserData(l);
            choice.setToggleGroup(languages);
            choice.setSelected(l == LabelLanguage.ENGLISH);
            choice.setOnAction(e -> actions.useLabels(l));
            names.getItems().add(choice);
        }
        MenuItem reset = item("Reset preferences", "mdi2r-restore", null, actions::resetPreferences);
        Menu view = new Menu("_View", null, fullScreen, theme, mapModeMenu(actions), symbols, colourBy, names,
                new SeparatorMenuItem(),
                reset);

        MenuItem shortcuts = item("Keyboard shortcuts", "mdi2k-keyboard-outline", "F1", actions::showShortcuts);
        MenuItem logs = item("Open log folder", "mdi2f-folder-text-outline", null, actions::openLogFolder);
        logs.setId("menu-open-logs");
        MenuItem about = item("About Incident Atlas", "mdi2i-information-outline", null, actions::showAbout);
        Menu help = new Menu("_Help", null, shortcuts, logs, new SeparatorMenuItem(), about);
        getMenus().addAll(file, edit, view, help);
    }

    /** Marks a language as the one chosen in View > Map labels (at start and after a reset). */
    public void showLabels(LabelLanguage language) {
        languages.getToggles().forEach(t -> t.setSelected(t.getUserData() == language));
    }

    private Menu symbolSizeMenu(Actions actions) {
        Menu symbols = new Menu("Symbol size");
        for (SizeBy by : SizeBy.values()) {
            RadioMenuItem choice = new RadioMenuItem(by == SizeBy.DEATHS ? "By deaths (best)"
                    : "By number of incidents");
            choice.setUserData(by);
            choice.setToggleGroup(sizes);
            choice.setSelected(by == SizeBy.DEATHS);
            choice.setOnAction(e -> actions.sizeSymbolsBy(by));
            symbols.getItems().add(choice);
        }
        return symbols;
    }

    private Menu colourByMenu(Actions actions) {
        Menu colourBy = new Menu("Colour by");
        for (ColourBy by : ColourBy.values()) {
            RadioMenuItem choice = new RadioMenuItem(by.label());
            choice.setId("menu-colour-by-" + by.word());
            choice.setUserData(by);
            choice.setToggleGroup(colours);
            choice.setSelected(by == ColourBy.TYPE);
            choice.setOnAction(e -> actions.colourSymbolsBy(by));
            colourBy.getItems().add(choice);
        }
        return colourBy;
    }

    /** Marks the map mode, colour-by and symbol size of a view (opened from a file) as the ones chosen. */
    public void showStyle(ViewStyle style) {
        select(modes, style.mode());
        select(measures, style.areaMeasure());
        select(methods, style.classing());
        select(colours, style.colours());
        select(sizes, style.symbolSize());
    }

    private static void select(ToggleGroup group, Object value) {
        group.getToggles().forEach(t -> t.setSelected(t.getUserData() == value));
    }

    /** Marks a theme as the one chosen in View > Theme (after a reset of the preferences). */
    public void showTheme(Theme theme) {
        themes.getToggles().forEach(t -> t.setSelected(t.getUserData() == theme));
    }

    private static Menu fileMenu(Actions actions) {
        MenuItem importItem = item("Import…", "mdi2f-file-import-outline", "Shortcut+O", actions::importFile);
        importItem.setId("menu-import");
        MenuItem removeDataset = item("Remove dataset…", "mdi2d-database-remove-outline", null,
                actions::removeDataset);
        removeDataset.setId("menu-remove-dataset");
        MenuItem exportDataset = item("Export dataset…", "mdi2d-database-export-outline", null,
                actions::exportDataset);
        exportDataset.setId("menu-export-dataset");
        MenuItem exportMap = item("Export map…", "mdi2i-image-outline", "Shortcut+E", actions::exportMap);
        exportMap.setId("menu-export-map");
        MenuItem exportAnimation = item("Export animation…", "mdi2f-filmstrip", "Shortcut+Shift+E",
                actions::exportAnimation);
        MenuItem exportData = item("Export data…", "mdi2t-table-arrow-right", "Shortcut+Shift+D", actions::exportData);
        exportData.setId("menu-export-data");
        MenuItem saveView = item("Save view…", "mdi2c-content-save-outline", "Shortcut+S", actions::saveView);
        MenuItem openView = item("Open view…", "mdi2f-folder-open-outline", "Shortcut+Shift+O", actions::openView);
        MenuItem quit = item("Quit", "mdi2e-exit-to-app", "Shortcut+Q", actions::quit);
        MenuItem newDataset = item("New dataset…", "mdi2d-database-plus-outline", null, actions::newDataset);
        newDataset.setId("menu-new-dataset");
        MenuItem newIncident = item("New incident…", "mdi2p-plus-box-outline", "Shortcut+N", actions::newIncident);
        newIncident.setId("menu-new-incident");
        MenuItem editIncident = item("Edit incident…", "mdi2p-pencil-outline", "Shortcut+Shift+N",
                actions::editIncident);
        editIncident.setId("menu-edit-incident");
        return new Menu("_File", null, newDataset, newIncident, editIncident, new SeparatorMenuItem(),
                importItem, removeDataset, new SeparatorMenuItem(), exportMap, exportAnimation,
                exportData, exportDataset, new SeparatorMenuItem(), openView, saveView, new SeparatorMenuItem(), quit);
    }

    private static MenuItem item(String text, String icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * View > Map mode: symbols or a choropleth by governorate, district or sub-district, then what a choropleth counts
     * and how its classes are cut; every choice sends the three together.
     */
    private Menu mapModeMenu(Actions actions) {
        Menu menu = new Menu("Map mode");
        Runnable send = () -> actions.showMapMode((MapMode) modes.getSelectedToggle().getUserData(),
                (SizeBy) measures.getSelectedToggle().getUserData(),
                (Classing) methods.getSelectedToggle().getUserData());
        for (MapMode m : MapMode.values()) {
            menu.getItems().add(radio(m.label(), "menu-map-" + m.word(), m, modes, m == MapMode.SYMBOLS, send));
        }
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().add(radio("Areas by number of incidents", "menu-areas-incidents", SizeBy.INCIDENTS, measures,
                true, send));
        menu.getItems().add(radio("Areas by deaths (best)", "menu-areas-deaths", SizeBy.DEATHS, measures, false,
                send));
        menu.getItems().add(new SeparatorMenuItem());
        for (Classing c : Classing.values()) {
            menu.getItems().add(radio("Classes: " + c.label(), "menu-classes-" + c.word(), c, methods,
                    c == Classing.QUANTILES, send));
        }
        return menu;
    }

    private static RadioMenuItem radio(String label, String id, Object value, ToggleGroup group, boolean selected,
            Runnable send) {
        RadioMenuItem item = new RadioMenuItem(label);
        item.setId(id);
        item.setUserData(value);
        item.setToggleGroup(group);
        item.setSelected(selected);
        item.setOnAction(e -> send.run());
        return item;
    }
}
