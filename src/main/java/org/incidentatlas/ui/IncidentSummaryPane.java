package org.incidentatlas.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Source;

/**
 * The selected incident in brief: when, where, who, how many, and every report. Only http and https addresses open
 * in the browser; anything else is shown as disabled text.
 */
public final class IncidentSummaryPane extends ScrollPane {
    public static final String ID = "incident-summary";
    public static final String TITLE_ID = "incident-title";

    private final VBox content = new VBox(6);
    private final Consumer<String> browser;

    public IncidentSummaryPane(AtlasViewModel model, Consumer<String> browser) {
        this.browser = browser;
        setId(ID);
        content.setPadding(new Insets(12));
        content.setPrefWidth(340);
        setContent(content);
        setFitToWidth(true);
        setPrefWidth(360);
        model.selectedProperty().addListener((obs, old, incident) -> show(incident));
        show(null);
    }

    private void show(Incident in) {
        content.getChildren().clear();
        if (in == null) {
            content.getChildren().add(wrapped("Click an incident on the map to see its details."));
            return;
        }
        Label title = new Label(IncidentText.title(in));
        title.setId(TITLE_ID);
        title.setWrapText(true);
        title.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        content.getChildren().addAll(title,
                wrapped(IncidentText.date(in.dates())),
                wrapped(IncidentText.place(in.place())),
                wrapped(IncidentText.actors(in)),
                new Separator(),
                bold(IncidentText.deaths(in.casualties())),
                wrapped(IncidentText.split(in.casualties())),
                wrapped(IncidentText.woundedAndMissing(in.casualties())));
        for (String irregular : in.irregularities()) {
            Label flag = wrapped("⚠ " + irregular);
            flag.setStyle("-fx-text-fill: #8a4b00;");
            content.getChildren().add(flag);
        }
        content.getChildren().addAll(new Separator(), bold("Sources (" + in.sourcing().reports().size() + ")"));
        if (in.sourcing().originalSources() != null) {
            content.getChildren().add(wrapped("Original sources: " + in.sourcing().originalSources()));
        }
        for (Source s : in.sourcing().reports()) {
            content.getChildren().add(wrapped("• " + IncidentText.source(s)));
            if (s.url() != null) {
                Hyperlink link = new Hyperlink(s.url());
                link.setWrapText(true);
                link.setDisable(!s.openableUrl());
                link.setOnAction(e -> browser.accept(s.url()));
                content.getChildren().add(link);
            }
        }
        if (in.note() != null) {
            content.getChildren().addAll(new Separator(), wrapped(in.note()));
        }
        content.getChildren().addAll(new Separator(), wrapped(IncidentText.provenance(in)));
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static Label bold(String text) {
        Label label = wrapped(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }
}
