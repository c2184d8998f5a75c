package org.incidentatlas.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;
import org.incidentatlas.export.MapFrame;
import org.incidentatlas.export.Playback;
import org.incidentatlas.index.BinUnit;
import org.incidentatlas.index.WindowMode;
import org.incidentatlas.render.Viewport;

/**
 * The questions asked before an export: title and size for a map picture; for an animation also the playback (first
 * and last day, window length and mode, step, frames, speed) and the format. Every field starts from what the window
 * shows now.
 */
final class ExportDialogs {
    static final String TITLE_ID = "export-title";
    static final String WIDTH_ID = "export-width";
    static final String HEIGHT_ID = "export-height";
    static final String SIZE_MESSAGE_ID = "export-size-message";

    private ExportDialogs() {
    }

    /** A picture's title and size. */
    record PictureRequest(String title, ExportSettings size) {
    }

    /** An animation: its picture, its playback, GIF or numbered PNG files, frames per second. */
    record AnimationRequest(PictureRequest picture, Playback playback, boolean gif, double fps) {
    }

    /** The title field and the size choice, shared by both dialogs. */
    private static final class PictureFields {
        final TextField title = new TextField();
        final ToggleGroup sizes = new ToggleGroup();
        final RadioButton screen = new RadioButton();
        final RadioButton twice = new RadioButton();
        final RadioButton print = new RadioButton("A4 landscape at 300 dpi (3508 × 2480 pixels)");
        final RadioButton custom = new RadioButton("Custom size:");
        final Spinner<Integer> width = new Spinner<>(1, 10_000, 3000, 100);
        final Spinner<Integer> height = new Spinner<>(1, 10_000, 2000, 100);
        final Label message = new Label();
        final BooleanProperty valid = new SimpleBooleanProperty();
        private final Viewport view;

        PictureFields(String defaultTitle, Viewport view) {
            this.view = view;
            title.setId(TITLE_ID);
            title.setText(defaultTitle);
            title.setPrefColumnCount(32);
            screen.setText(ExportSettings.SCREEN.describe(view));
            twice.setText(ExportSettings.DOUBLE.describe(view));
            for (RadioButton b : new RadioButton[] {screen, twice, print, custom}) {
                b.setToggleGroup(sizes);
            }
            screen.setSelected(true);
            width.setEditable(true);
            height.setEditable(true);
            width.setId(WIDTH_ID);
            height.setId(HEIGHT_ID);
            width.disableProperty().bind(custom.selectedProperty().not());
            height.disableProperty().bind(custom.selectedProperty().not());
            message.setId(SIZE_MESSAGE_ID);
            message.setWrapText(true);
            message.setMaxWidth(420);
            sizes.selectedToggleProperty().addListener((o, a, b) -> check());
            width.valueProperty().addListener((o, a, b) -> check());
            height.valueProperty().addListener((o, a, b) -> check());
            check();
        }

        ExportSettings settings() {
            if (twice.isSelected()) {
                return ExportSettings.DOUBLE;
            }
            if (print.isSelected()) {
                return ExportSettings.A4_300_DPI;
            }
            if (custom.isSelected()) {
                return new ExportSettings(ExportSettings.Kind.CUSTOM, width.getValue(), height.getValue());
            }
            return ExportSettings.SCREEN;
        }

        /** Says what the chosen size draws, or why it cannot be used. */
        void check() {
            try {
                MapFrame frame = settings().frame(view);
                message.setText(String.format("%s pixels; text, dots and lines drawn %.1f times as large as on screen",
                        frame.pictureSize().toString().replace("x", " × "), frame.pixelRatio()));
                valid.set(true);
            } catch (IllegalArgumentException e) {
                message.setText("Cannot export: " + e.getMessage());
                valid.set(false);
            }
        }

        void addTo(GridPane grid, int firstRow) {
            grid.addRow(firstRow, label("Title"), title);
            grid.addRow(firstRow + 1, label("Size"), screen);
            grid.add(twice, 1, firstRow + 2);
            grid.add(print, 1, firstRow + 3);
            HBox customRow = new HBox(6, custom, width, label("×"), height, label("pixels"));
            width.setPrefWidth(100);
            height.setPrefWidth(100);
            grid.add(customRow, 1, firstRow + 4);
            grid.add(message, 1, firstRow + 5);
        }

        PictureRequest request() {
            return new PictureRequest(title.getText(), settings());
        }
    }

    /** A label that keeps its whole text however narrow the dialog is. */
    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static DatePicker isoDatePicker(LocalDate day) {
        DatePicker picker = new DatePicker(day);
        picker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE));
        picker.setPromptText("YYYY-MM-DD");
        return picker;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        return grid;
    }

    private static <T> Dialog<T> dialog(String title, String header, GridPane content, String okText) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(new ButtonType(okText, ButtonBar.ButtonData.OK_DONE),
                ButtonType.CANCEL);
        dialog.setResizable(true);
        return dialog;
    }

    /** File > Export map...: the form asking for the title and the size, to show with {@link DialogService#ask}. */
    static Dialog<PictureRequest> mapPicture(String defaultTitle, Viewport view) {
        PictureFields fields = new PictureFields(defaultTitle, view);
        GridPane grid = grid();
        fields.addTo(grid, 0);
        Dialog<PictureRequest> dialog = dialog("Export map", "The map as the window shows it, with title, "
                + "dates, filters, legend, scale bar and credits", grid, "Export…");
        okOnlyWhen(dialog, fields);
        dialog.setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? fields.request() : null);
        return dialog;
    }

    /** The defaults of an animation: the timeline's window, mode and step, played to the data's last day. */
    record AnimationDefaults(LocalDate start, LocalDate last, int days, WindowMode mode, BinUnit step) {
    }

    /**
     * File > Export animation...: the form asking for the picture, the playback and the format, to show with
     * {@link DialogService#ask}; a playback that cannot be made is explained through {@code dialogs}.
     */
    static Dialog<AnimationRequest> animation(DialogService dialogs, String defaultTitle, Viewport view,
            AnimationDefaults defaults) {
        PictureFields fields = new PictureFields(defaultTitle, view);
        GridPane grid = grid();
        DatePicker start = isoDatePicker(defaults.start());
        DatePicker last = isoDatePicker(defaults.last());
        Spinner<Integer> days = new Spinner<>(1, 36_500, defaults.days());
        days.setEditable(true);
        days.setPrefWidth(100);
        ChoiceBox<WindowMode> mode = new ChoiceBox<>();
        mode.getItems().addAll(WindowMode.values());
        mode.setValue(defaults.mode());
        mode.setConverter(named(m -> m == WindowMode.MOVING ? "moving window" : "cumulative"));
        ChoiceBox<BinUnit> step = new ChoiceBox<>();
        step.getItems().addAll(BinUnit.values());
        step.setValue(defaults.step());
        step.setConverter(named(u -> "one " + u.label()));
        Spinner<Integer> frames = new Spinner<>(1, Playback.MAX_FRAMES, 200);
        frames.setEditable(true);
        frames.setPrefWidth(100);
        Spinner<Double> fps = new Spinner<>(0.5, 50, 4, 0.5);
        fps.setEditable(true);
        fps.setPrefWidth(90);
        ChoiceBox<String> format = new ChoiceBox<>();
        format.getItems().addAll("Animated GIF", "Numbered PNG files");
        format.setValue("Animated GIF");
        grid.addRow(0, label("From"), start);
        grid.addRow(1, label("To"), last);
        grid.addRow(2, label("Window"), new HBox(6, days, label("days,"), mode));
        grid.addRow(3, label("Each frame moves"), step);
        grid.addRow(4, label("At most"), new HBox(6, frames, label("frames, at"), fps,
                label("frames a second")));
        grid.addRow(5, label("Format"), format);
        fields.addTo(grid, 6);
        Dialog<AnimationRequest> dialog = dialog("Export animation", "The timeline played step by step; "
                + "each frame is the map as the window shows it at that step", grid, "Export…");
        okOnlyWhen(dialog, fields);
        dialog.setResultConverter(b -> {
            if (b.getButtonData() != ButtonBar.ButtonData.OK_DONE) {
                return null;
            }
            Playback playback;
            try {
                playback = new Playback(start.getValue(), last.getValue(), days.getValue(), mode.getValue(),
                        step.getValue(), frames.getValue());
            } catch (IllegalArgumentException | NullPointerException e) {
                dialogs.showError(new Failure("The animation cannot be played as asked",
                        e.getMessage() == null ? "a day is missing" : e.getMessage(),
                        "Nothing was exported. Choose a first and a last day (the last not before the first) and a "
                                + "window of at least one day, then export again."));
                return null;
            }
            return new AnimationRequest(fields.request(), playback, format.getSelectionModel().getSelectedIndex() == 0,
                    fps.getValue());
        });
        return dialog;
    }

    private static void okOnlyWhen(Dialog<?> dialog, PictureFields fields) {
        dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0)).disableProperty()
                .bind(fields.valid.not());
    }

    private static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
