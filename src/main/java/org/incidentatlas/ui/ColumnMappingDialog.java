package org.incidentatlas.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.incidentatlas.domain.ControlCharacters;
import org.incidentatlas.ingest.TableMapping;

/**
 * File > Import of a table in no known format: the first rows of the table, and for each of {@link TableMapping}'s
 * keys a choice of the column that holds it, with the dataset's name, date format, version and licence. The mapping can
 * be saved as a JSON file (for {@code import FILE --mapping M.json}) or a saved one opened. Import stays disabled while
 * {@link ColumnMappingModel#problemProperty()} says what is wrong. Cell text is shown as plain text with control
 * characters made visible.
 */
final class ColumnMappingDialog {
    static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
    static final String PREVIEW_ID = "mapping-preview";
    static final String PROBLEM_ID = "mapping-problem";

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("id", "Id"),
            Map.entry("startDate", "Start date *"), Map.entry("endDate", "End date"),
            Map.entry("latitude", "Latitude *"), Map.entry("longitude", "Longitude *"),
            Map.entry("deathsLow", "Deaths, low"), Map.entry("deathsBest", "Deaths, best"),
            Map.entry("deathsHigh", "Deaths, high"), Map.entry("wounded", "Wounded"), Map.entry("place", "Place"),
            Map.entry("actors", "Actors"), Map.entry("type", "Type"), Map.entry("description", "Description"),
            Map.entry("source", "Source"));

    private ColumnMappingDialog() {
    }

    /** Ids of the column choices, e.g. {@code mapping-startDate}, for tests. */
    static String choiceId(String key) {
        return "mapping-" + key;
    }

    /**
     * @param save asks where and saves the mapping given
     * @param open asks for a saved mapping and reads it (empty when none was chosen or it could not be read)
     */
    static Dialog<TableMapping> create(ColumnMappingModel model, Consumer<TableMapping> save,
            Supplier<Optional<TableMapping>> open) {
        Dialog<TableMapping> dialog = new Dialog<>();
        dialog.setTitle("Import a table: choose its columns");
        dialog.setHeaderText(ControlCharacters.visible(model.preview().fileName()) + " is not a UCDP GED, ACLED or GTD "
                + "table. Choose the column that holds each field (* is required); its first rows are shown below.");
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);

        List<String> choices = new ArrayList<>();
        choices.add("");
        model.preview().columns().stream().filter(c -> !c.isBlank()).forEach(choices::add);
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        List<String> keys = TableMapping.COLUMN_KEYS;
        int half = (keys.size() + 1) / 2;
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(choices);
            box.setId(choiceId(key));
            box.setPrefWidth(190);
            box.valueProperty().bindBidirectional(model.column(key));
            int col = k < half ? 0 : 2;
            fields.add(new Label(LABELS.get(key)), col, k % half);
            fields.add(box, col + 1, k % half);
        }
        TextField dataset = text(model.datasetProperty(), "mapping-dataset");
        ComboBox<String> dates = new ComboBox<>();
        dates.getItems().setAll(ColumnMappingModel.DATE_FORMATS);
        dates.setEditable(true);
        dates.setId("mapping-dateFormat");
        dates.valueProperty().bindBidirectional(model.dateFormatProperty());
        TextField version = text(model.versionProperty(), "mapping-version");
        TextField licence = text(model.licenceProperty(), "mapping-licence");
        GridPane about = new GridPane();
        about.setHgap(8);
        about.setVgap(6);
        about.addRow(0, new Label("Dataset name *"), dataset, new Label("Date format"), dates);
        about.addRow(1, new Label("Version"), version, new Label("Licence"), licence);

        Label problem = new Label();
        problem.setId(PROBLEM_ID);
        problem.setWrapText(true);
        problem.getStyleClass().add("problem");
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(model.problemProperty());
        Node importButton = dialog.getDialogPane().lookupButton(IMPORT);
        importButton.disableProperty().bind(model.problemProperty().isNotEmpty());

        Button saveButton = new Button("Save mapping…");
        saveButton.setOnAction(e -> save.accept(model.mapping()));
        saveButton.disableProperty().bind(model.problemProperty().isNotEmpty());
        Button openButton = new Button("Open mapping…");
        openButton.setOnAction(e -> open.get().ifPresent(model::load));
        HBox files = new HBox(8, openButton, saveButton);

        VBox content = new VBox(10, preview(model), fields, about, problem, files);
        content.setPadding(new Insets(4));
        content.setPrefWidth(860);
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(b -> b == IMPORT ? model.mapping() : null);
        return dialog;
    }

    private static TextField text(javafx.beans.property.StringProperty p, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static TableView<List<String>> preview(ColumnMappingModel model) {
        TableView<List<String>> table = new TableView<>();
        table.setId(PREVIEW_ID);
        table.setPrefHeight(190);
        List<String> names = model.preview().columns();
        for (int i = 0; i < names.size(); i++) {
            int at = i;
            TableColumn<List<String>, String> c = new TableColumn<>(ControlCharacters.visible(names.get(i)));
            c.setSortable(false);
            c.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    ControlCharacters.visible(at < row.getValue().size() ? row.getValue().get(at) : "")));
            table.getColumns().add(c);
        }
        table.getItems().setAll(model.preview().rows());
        return table;
    }
}
