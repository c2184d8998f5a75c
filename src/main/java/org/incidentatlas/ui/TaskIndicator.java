package org.incidentatlas.ui;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** Background work in the status bar: what runs, how far it is, and a Cancel button; hidden when idle. */
public final class TaskIndicator extends HBox {
    public static final String ID = "task-indicator";
    public static final String CANCEL_ID = "task-cancel";

    private final ProgressBar bar = new ProgressBar();
    private final Label message = new Label();
    private final Button cancel = new Button("Cancel");

    public TaskIndicator() {
        super(8);
        setId(ID);
        setAlignment(Pos.CENTER_RIGHT);
        setPadding(new Insets(2, 8, 2, 8));
        bar.setPrefWidth(160);
        cancel.setId(CANCEL_ID);
        getChildren().addAll(message, bar, cancel);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    /** Shows {@code task} until it ends; Cancel cancels it. Call on the FX thread before starting the task. */
    public void track(Task<?> task) {
        track(task, task::cancel);
    }

    /**
     * Shows {@code task} until it ends; Cancel runs {@code cancel}, for work that must be asked to stop rather than
     * interrupted (an interrupted thread that is reading or writing the database breaks its connection).
     */
    public void track(Task<?> task, Runnable cancel) {
        message.textProperty().bind(task.messageProperty());
        bar.progressProperty().bind(task.progressProperty());
        this.cancel.setOnAction(e -> cancel.run());
        setVisible(true);
        task.runningProperty().addListener((obs, was, running) -> {
            if (!running) {
                setVisible(false);
                message.textProperty().unbind();
                bar.progressProperty().unbind();
            }
        });
    }
}
