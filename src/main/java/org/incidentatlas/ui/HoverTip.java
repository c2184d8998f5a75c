package org.incidentatlas.ui;

import java.time.LocalDate;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.map.IncidentLayer;
import org.incidentatlas.render.IncidentStyle;

/**
 * A small label that follows the pointer over the map and says which incident is under it (dates, best deaths, type
 * of violence, id), read from the index alone, so hovering never touches the database.
 */
final class HoverTip extends Label {
    public static final String ID = "hover-tip";

    private final IncidentLayer layer;

    HoverTip(IncidentLayer layer) {
        this.layer = layer;
        setId(ID);
        setMouseTransparent(true);
        setVisible(false);
        getStyleClass().add("map-overlay");
        setStyle("-fx-padding: 3 6;");
        StackPane.setAlignment(this, Pos.TOP_LEFT);
    }

    /** Updates the tip for a pointer event on the map. */
    void onMouse(MouseEvent e) {
        if (e.getEventType() == MouseEvent.MOUSE_EXITED) {
            setVisible(false);
            return;
        }
        Point2D local = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
        int[] under = layer.positionsAt(local.getX(), local.getY());
        if (under.length == 0) {
            setVisible(false);
            return;
        }
        setText(under.length == 1 ? describe(layer.index(), under[0]) : describeStack(layer.index(), under));
        Point2D inParent = getParent() == null ? local : getParent().sceneToLocal(e.getSceneX(), e.getSceneY());
        setTranslateX(inParent.getX() + 14);
        setTranslateY(inParent.getY() + 14);
        setVisible(true);
    }

    /** A symbol that holds several incidents: how many, their deaths, and their date range. */
    static String describeStack(TimeIndex index, int[] positions) {
        long deaths = 0;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int i : positions) {
            deaths += index.deathsBest(i);
            first = Math.min(first, index.startDay(i));
            last = Math.max(last, index.endDay(i));
        }
        return String.format(java.util.Locale.ROOT, "%,d incidents on this spot, %,d deaths (best)%n%s – %s%n"
                + "(click for the list)", positions.length, deaths, LocalDate.ofEpochDay(first),
                LocalDate.ofEpochDay(last));
    }

    static String describe(TimeIndex index, int i) {
        LocalDate start = LocalDate.ofEpochDay(index.startDay(i));
        LocalDate end = LocalDate.ofEpochDay(index.endDay(i));
        String dates = start.equals(end) ? start.toString() : start + " – " + end;
        int deaths = index.deathsBest(i);
        return dates + "\n" + deaths + (deaths == 1 ? " death" : " deaths") + ", "
                + IncidentStyle.typeName(index.violenceType(i)) + "\n" + index.id(i) + " (click for details)";
    }
}
