package org.incidentatlas.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;

/** Help > Keyboard shortcuts and Help > About. */
public final class HelpDialogs {
    public static final String SHORTCUTS_ID = "shortcuts";
    public static final String ABOUT_ID = "about";

    private HelpDialogs() {
    }

    public static void showShortcuts(DialogService dialogs) {
        GridPane grid = new GridPane();
        grid.setId(SHORTCUTS_ID);
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (Shortcut s : Shortcut.all()) {
            Label keys = new Label(s.keys());
            keys.setStyle("-fx-font-weight: bold;");
            grid.addRow(row++, keys, new Label(s.action()));
        }
        dialogs.showInformation("Keyboard shortcuts", "Keyboard shortcuts", grid);
    }

    /**
     * @param version  the application version
     * @param credits  the data credits, one paragraph each
     */
    public static void showAbout(DialogService dialogs, String version, String credits) {
        TextArea text = new TextArea("Incident Atlas " + version + "\n\n"
                + "A map viewer of attacks and other political violence in Iraq.\n\n"
                + "Free software under the GNU General Public License, version 3 or (at your option) any later "
                + "version. It comes with ABSOLUTELY NO WARRANTY. It uses Gluon Maps (GPL-3.0), OpenJFX, H2, "
                + "Jackson, picocli, AtlantaFX, Ikonli, SLF4J and Logback.\n\n"
                + "Data credits\n\n" + credits);
        text.setId(ABOUT_ID);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(18);
        dialogs.showInformation("About Incident Atlas", "Incident Atlas " + version, text);
    }
}
