package org.incidentatlas.ui;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.incidentatlas.domain.ControlCharacters;
import org.incidentatlas.domain.DatasetSummary;
import org.incidentatlas.domain.Plural;

/**
 * The dialog of File > Remove dataset and File > Export dataset: every dataset offered with its incidents, dates and
 * version; one is chosen.
 */
final class DatasetChoice {
    static final ButtonType REMOVE = new ButtonType("Remove…", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
    static final String LIST_ID = "dataset-choice";
    static final Purpose REMOVING = new Purpose("Remove dataset",
            "Choose the dataset to remove with all its incidents and their reports.", REMOVE);
    static final Purpose EXPORTING = new Purpose("Export dataset",
            "Choose the dataset of your own to write with its history and your reports, as a file that File > "
                    + "Import restores in another database.", EXPORT);

    /** What the choice is for: the dialog's title, its question and the button that confirms it. */
    record Purpose(String title, String header, ButtonType confirm) {
    }

    private DatasetChoice() {
    }

    /** How a dataset is listed, e.g. "acled: 1,204 incidents, 2016-01-01 to 2020-12-31, version 2021-03". */
    static String describe(DatasetSummary d) {
        StringBuilder b = new StringBuilder(ControlCharacters.visible(d.name())).append(": ")
                .append(Plural.of(d.incidents(), "incident"));
        if (d.firstDate() != null) {
            b.append(", ").append(d.firstDate()).append(" to ").append(d.lastDate());
        }
        if (d.version() != null) {
            b.append(", version ").append(ControlCharacters.visible(d.version()));
        }
        return b.toString();
    }

    static Dialog<DatasetSummary> create(List<DatasetSummary> datasets, Purpose purpose) {
        Dialog<DatasetSummary> dialog = new Dialog<>();
        dialog.setTitle(purpose.title());
        dialog.setHeaderText(purpose.header());
        ListView<DatasetSummary> list = new ListView<>();
        list.setId(LIST_ID);
        list.getItems().setAll(datasets);
        list.setPrefSize(560, Math.min(360, 48 + 36 * datasets.size()));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DatasetSummary d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : describe(d));
            }
        });
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().addAll(purpose.confirm(), ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(purpose.confirm()).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == purpose.confirm() ? list.getSelectionModel().getSelectedItem() : null);
        return dialog;
    }
}
