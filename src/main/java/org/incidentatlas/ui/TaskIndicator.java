package org.incidentatlas.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * Background work in the status bar: what runs, how far it is, how many tasks wait behind it, and a Cancel button for
 * the one running; hidden when idle. Tasks run one after another, so the one shown is the oldest not yet finished.
 */
public final class TaskIndicator extends HBox {
    public static final String ID = "task-indicator";
    public static final String CANCEL_ID = "task-cancel";
    public static final String WAITING_ID = "task-waiting";

    private final ProgressBar bar = new ProgressBar();
    private final Label message = new Label();
    private final Label waiting = new Label();
    private final Button cancel = new Button("Cancel");
    /** Tasks not yet finished, oldest first. */
    private final List<Tracked> tracked = new ArrayList<>();

    /** A task and how to cancel it; once asked, it says so until it has stopped (a rollback can take seconds). */
    private static final class Tracked {
        private final Task<?> task;
        private final Runnable cancel;
        private boolean cancelling;

        Tracked(Task<?> task, Runnable cancel) {
            this.task = task;
            this.cancel = cancel;
        }
    }

    public TaskIndicator() {
        super(8);
        setId(ID);
        setAlignment(Pos.CENTER_RIGHT);
        setPadding(new Insets(2, 8, 2, 8));
        bar.setPrefWidth(160);
        cancel.setId(CANCEL_ID);
        waiting.setId(WAITING_ID);
        waiting.managedProperty().bind(waiting.visibleProperty());
        getChildren().addAll(message, bar, waiting, cancel);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    /** Shows {@code task} until it ends; Cancel cancels it. Call on the FX thread before starting the task. */
    public void track(Task<?> task) {
        track(task, task::cancel);
    }

    /**
     * Shows {@code task} until it ends; Cancel runs {@code cancel}, for work that must be asked to stop rather than
     * interrupted (an interrupted thread that is reading or writing the database breaks its connection). Call on the
     * FX thread before starting the task.
     */
    public void track(Task<?> task, Runnable cancel) {
        if (finished(task.getState())) {
            return;
        }
        tracked.add(new Tracked(task, cancel));
        task.stateProperty().addListener((obs, was, now) -> {
            if (finished(now)) {
                tracked.removeIf(t -> t.task == task);
            }
            show();
        });
        show();
    }

    /** How many tasks are shown or waiting. */
    public int pending() {
        return tracked.size();
    }

    private void show() {
        message.textProperty().unbind();
        bar.progressProperty().unbind();
        if (tracked.isEmpty()) {
            setVisible(false);
            return;
        }
        Tracked current = tracked.stream().filter(t -> t.task.isRunning()).findFirst().orElse(tracked.get(0));
        if (current.cancelling) {
            message.textProperty().bind(Bindings.concat("Cancelling: ", current.task.messageProperty()));
        } else {
            message.textProperty().bind(current.task.messageProperty());
        }
        bar.progressProperty().bind(current.task.progressProperty());
        cancel.setDisable(current.cancelling);
        cancel.setOnAction(e -> {
            current.cancelling = true;
            current.cancel.run();
            show();
        });
        int behind = tracked.size() - 1;
        waiting.setText(behind == 1 ? "(1 more waiting)" : "(" + behind + " more waiting)");
        waiting.setVisible(behind > 0);
        setVisible(true);
    }

    /** Whether a task in {@code state} has ended, one way or another. */
    static boolean finished(Worker.State state) {
        return state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED;
    }
}
