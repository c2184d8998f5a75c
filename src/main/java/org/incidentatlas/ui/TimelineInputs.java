package org.incidentatlas.ui;

import javafx.beans.property.DoubleProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;

/** The two typed-or-picked inputs of the timeline: playback speed and window length. */
final class TimelineInputs {
    private static final String BAD = "-fx-border-color: #D55E00;";

    private TimelineInputs() {
    }

    /** Speed: 0.5x to 8x from the list, or any typed value from 0.1 to 64 ("3", "3x", "1.5"). */
    static ComboBox<String> speedBox(DoubleProperty speed) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll("0.5x", "1x", "2x", "4x", "8x");
        box.setEditable(true);
        box.setPrefWidth(80);
        box.setValue("1x");
        box.setTooltip(new Tooltip("Playback speed: pick or type a factor (0.1 to 64); 1x is 4 steps a second"));
        box.valueProperty().addListener((o, a, text) -> {
            Double v = parse(text == null ? "" : text.replace("x", "").replace("×", ""));
            if (v == null || v < TimelineModel.MIN_SPEED || v > TimelineModel.MAX_SPEED) {
                box.setStyle(BAD);
            } else {
                box.setStyle("");
                speed.set(v);
            }
        });
        return box;
    }

    /** Window length in days: from the list, or typed ("45", "45 days"). */
    static ComboBox<String> lengthBox(TimelineModel model) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll("1 day", "7 days", "30 days", "90 days", "365 days");
        box.setEditable(true);
        box.setPrefWidth(135);
        box.setPromptText("length");
        box.setTooltip(new Tooltip("Length of the moving window in days: pick or type"));
        box.valueProperty().addListener((o, a, text) -> {
            Double v = parse(text == null ? "" : text.replaceAll("days?", ""));
            if (v == null || v < 1 || v != Math.floor(v)) {
                box.setStyle(BAD);
            } else {
                box.setStyle("");
                model.setLength(v.intValue());
            }
        });
        model.selectionProperty().addListener((o, a, b) -> {
            String shown = model.length() + (model.length() == 1 ? " day" : " days");
            if (!shown.equals(box.getValue())) {
                box.setValue(shown);
            }
        });
        return box;
    }

    private static Double parse(String text) {
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
