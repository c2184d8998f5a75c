package org.incidentatlas.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** Shown while the database opens and, on first start, the bundled data are imported. */
public final class StartupPane extends VBox {
    public static final String ID = "startup";

    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Label message = new Label("Opening the database…");

    public StartupPane() {
        super(12);
        setId(ID);
        setAlignment(Pos.CENTER);
        setPadding(new Insets(40));
        Label title = new Label("Incident Atlas");
        title.setStyle("-fx-font-size: 2em; -fx-font-weight: bold;");
        bar.setPrefWidth(420);
        message.setWrapText(true);
        getChildren().addAll(title, bar, message);
    }

    /** Updates the bar; {@code total < 0} shows it as busy without a known end. Call on the FX thread. */
    public void progress(long done, long total, String text) {
        bar.setProgress(total > 0 ? Math.min(1.0, (double) done / total) : ProgressBar.INDETERMINATE_PROGRESS);
        message.setText(text);
    }

    /** Shows a failure in place of the progress bar. */
    public void fail(String text) {
        bar.setVisible(false);
        message.setText(text);
        message.setStyle("-fx-text-fill: #a00000;");
    }
}
