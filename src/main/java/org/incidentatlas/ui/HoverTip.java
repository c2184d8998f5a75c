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
        int i = layer.positionAt(local.getX(), local.getY());
        if (i < 0) {
            setVisible(false);
            return;
        }
        setText(describe(layer.index(), i));
        Point2D inParent = getParent() == null ? local : getParent().sceneToLocal(e.getSceneX(), e.getSceneY());
        setTranslateX(inParent.getX() + 14);
        setTranslateY(inParent.getY() + 14);
        setVisible(true);
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
