package org.incidentatlas.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;
import org.incidentatlas.index.BinUnit;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.WindowMode;
import org.incidentatlas.index.WindowTotals;

/**
 * The timeline under the map: playback controls, the window's dates and counts, a histogram of the span shown, and a
 * range slider (brush) for the window; Space plays, Left/Right step, Shift steps by the next larger unit.
 */
public final class TimelinePane extends VBox {
    public static final String ID = "timeline";
    public static final String SLIDER_ID = "timeline-slider";
    public static final String PLAY_ID = "timeline-play";
    public static final String WINDOW_TEXT_ID = "timeline-window";

    private final TimelineModel model;
    private final RangeSlider slider = new RangeSlider();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private final Label windowText = new Label();
    private final Button play = new Button("▶ Play");
    private boolean syncing;

    public TimelinePane(TimelineModel model) {
        this(model, PlaybackClock.animationTimer());
    }

    /** A timeline whose playback is driven by {@code clock}. */
    public TimelinePane(TimelineModel model, PlaybackClock clock) {
        super(4);
        this.model = model;
        setId(ID);
        setPadding(new Insets(6, 8, 4, 8));
        getStyleClass().add("timeline-pane");
        HistogramView histogram = new HistogramView(model);
        slider.setId(SLIDER_ID);
        // ControlsFX's range slider consumes every key pressed while it has the focus, menu shortcuts included
        // (Ctrl+Q did nothing after dragging a thumb): run the window's accelerators before it sees them.
        slider.addEventFilter(KeyEvent.KEY_PRESSED, this::runAccelerator);
        // The dates are written under the histogram, at round dates (DateAxis), not at the slider's even steps.
        slider.setShowTickLabels(false);
        slider.setShowTickMarks(false);
        windowText.setId(WINDOW_TEXT_ID);
        windowText.setStyle("-fx-font-weight: bold;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label of = new Label("histogram of");
        HBox info = new HBox(6, windowText, gap, of, histogramOf(), zoomButton("Zoom to window",
                model::zoomToSelection), zoomButton("All dates", model::showAll));
        info.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(controls(), info, histogram, new DateAxis(model), slider);
        bindSlider();
        model.windowProperty().addListener((o, a, b) -> showWindowText());
        model.totalsProperty().addListener((o, a, b) -> showWindowText());
        showWindowText();
        model.playingProperty().addListener((o, a, playing) -> {
            if (playing) {
                clock.start(model::tick);
            } else {
                clock.stop();
            }
        });
        sceneProperty().addListener((o, a, b) -> installKeys(a, b));
    }

    public TimelineModel model() {
        return model;
    }

    private HBox controls() {
        play.setId(PLAY_ID);
        play.setMinWidth(80);
        play.setOnAction(e -> model.togglePlaying());
        model.playingProperty().addListener((o, a, b) -> play.setText(b ? "■ Pause" : "▶ Play"));
        Button back = new Button("◀");
        back.setTooltip(new Tooltip("Step back (Left; Shift+Left: larger step)"));
        back.setOnAction(e -> model.step(-1, false));
        Button forward = new Button("▶|");
        forward.setTooltip(new Tooltip("Step forward (Right; Shift+Right: larger step)"));
        forward.setOnAction(e -> model.step(1, false));
        ChoiceBox<BinUnit> unit = new ChoiceBox<>();
        unit.getItems().setAll(BinUnit.values());
        unit.setConverter(new UnitNames());
        unit.valueProperty().bindBidirectional(model.stepUnitProperty());
        ComboBox<String> speed = TimelineInputs.speedBox(model.speedProperty());
        CheckBox loop = new CheckBox("Loop");
        loop.selectedProperty().bindBidirectional(model.loopProperty());
        ChoiceBox<WindowMode> mode = new ChoiceBox<>();
        mode.getItems().setAll(WindowMode.values());
        mode.setConverter(new ModeNames());
        mode.valueProperty().bindBidirectional(model.modeProperty());
        ComboBox<String> length = TimelineInputs.lengthBox(model);
        length.disableProperty().bind(model.modeProperty().isEqualTo(WindowMode.CUMULATIVE));
        HBox row = new HBox(6, play, back, forward, new Label("step"), unit, new Label("speed"), speed, loop,
                new Label("window"), mode, length);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        return row;
    }

    private ChoiceBox<String> histogramOf() {
        ChoiceBox<String> of = new ChoiceBox<>();
        of.getItems().setAll("Incidents", "Deaths");
        of.setValue("Incidents");
        of.valueProperty().addListener((o, a, b) -> model.ofDeathsProperty().set("Deaths".equals(b)));
        of.setMinWidth(Region.USE_PREF_SIZE);
        return of;
    }

    private static Button zoomButton(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private void bindSlider() {
        Runnable fromModel = () -> {
            syncing = true;
            DateWindow span = model.spanProperty().get();
            DateWindow sel = model.selectionProperty().get();
            slider.setMin(span.from());
            slider.setMax(Math.max(span.from() + 1, span.to()));
            slider.setLowValue(Math.max(span.from(), sel.from()));
            slider.setHighValue(Math.min(slider.getMax(), sel.to()));
            slider.setLowValue(Math.max(span.from(), Math.min(sel.from(), slider.getHighValue())));
            syncing = false;
        };
        model.spanProperty().addListener((o, a, b) -> fromModel.run());
        model.selectionProperty().addListener((o, a, b) -> fromModel.run());
        fromModel.run();
        Runnable toModel = () -> {
            if (!syncing) {
                model.select((int) Math.round(slider.getLowValue()), (int) Math.round(slider.getHighValue()));
            }
        };
        slider.lowValueProperty().addListener((o, a, b) -> toModel.run());
        slider.highValueProperty().addListener((o, a, b) -> toModel.run());
    }

    private void showWindowText() {
        DateWindow w = model.windowProperty().get();
        WindowTotals t = model.totalsProperty().get();
        String dates = w.cumulative() ? "up to " + w.toDate() : w.fromDate() + " – " + w.toDate();
        windowText.setText(String.format("%s: %,d %s, %,d %s", dates, t.incidents(),
                t.incidents() == 1 ? "incident" : "incidents", t.deaths(), t.deaths() == 1 ? "death" : "deaths"));
    }

    private void installKeys(Scene old, Scene scene) {
        // One handler object: a new method reference would not be the one added, and would never be removed.
        if (old != null) {
            old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }

    private void runAccelerator(KeyEvent e) {
        if (getScene() == null) {
            return;
        }
        for (var accelerator : getScene().getAccelerators().entrySet()) {
            if (accelerator.getKey().match(e)) {
                e.consume();
                accelerator.getValue().run();
                return;
            }
        }
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.getTarget() instanceof ComboBox) {
            return;
        }
        if (e.getCode() == KeyCode.SPACE) {
            model.togglePlaying();
            e.consume();
        } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
            model.step(e.getCode() == KeyCode.LEFT ? -1 : 1, e.isShiftDown());
            e.consume();
        }
    }

    private static final class UnitNames extends StringConverter<BinUnit> {
        @Override
        public String toString(BinUnit unit) {
            return unit == null ? "" : unit.label();
        }

        @Override
        public BinUnit fromString(String text) {
            return BinUnit.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        }
    }

    private static final class ModeNames extends StringConverter<WindowMode> {
        @Override
        public String toString(WindowMode mode) {
            return mode == WindowMode.CUMULATIVE ? "Cumulative" : "Moving window";
        }

        @Override
        public WindowMode fromString(String text) {
            return "Cumulative".equals(text) ? WindowMode.CUMULATIVE : WindowMode.MOVING;
        }
    }
}
