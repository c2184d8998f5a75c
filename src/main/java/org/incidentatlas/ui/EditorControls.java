package org.incidentatlas.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * The editor's controls, each bound both ways to a property of its model and named by an id (what tests and the
 * keyboard find): sections that do not fold, grids of labelled fields (each label tied to its field), text fields,
 * rows of low / best / high figures, editable lists to pick from, fixed choices shown in words, and buttons.
 */
final class EditorControls {
    private EditorControls() {
    }

    static TitledPane section(String title, Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setCollapsible(false);
        return pane;
    }

    static GridPane grid(Object... labelsAndFields) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(4);
        for (int k = 0; k < labelsAndFields.length; k += 2) {
            Label label = new Label((String) labelsAndFields[k]);
            Node node = (Node) labelsAndFields[k + 1];
            label.setLabelFor(node);
            g.addRow(k / 2, label, node);
            GridPane.setHgrow(node, Priority.ALWAYS);
        }
        return g;
    }

    static TextField field(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    static HBox row(String id, StringProperty low, StringProperty best, StringProperty high) {
        return new HBox(4, field(id + "-low", low), field(id + "-best", best), field(id + "-high", high));
    }

    static ComboBox<String> pick(String id, StringProperty value, List<String> known) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setEditable(true);
        box.getItems().setAll(known);
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    static <T> ComboBox<T> choice(String id, ObjectProperty<T> value, T[] values,
            Function<T, String> words) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(value);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : words.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
