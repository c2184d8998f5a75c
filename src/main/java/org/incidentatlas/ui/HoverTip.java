package org.incidentatlas.ui;

import java.time.LocalDate;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.map.IncidentLayer;
import org.incidentatlas.render.AreaHit;
import org.incidentatlas.render.IncidentStyle;

/**
 * A small label that follows the pointer over the map and says which incident is under it (dates, best deaths, type
 * of violence, id), or in choropleth mode which area (names in English and Arabic, p-code, incidents, deaths, class),
 * read from the index alone, so hovering never touches the database. It stays inside the map: near
 * the right or bottom edge it goes to the other side of the pointer.
 */
final class HoverTip extends Label {
    public static final String ID = "hover-tip";

    /** Distance from the pointer to the tip's corner. */
    private static final double OFFSET = 14;
    /** Room kept between the tip and the map's edges. */
    private static final double MARGIN = 4;

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
        AreaHit area = layer.areaAt(local.getX(), local.getY());
        int[] under = area != null ? null : layer.positionsAt(local.getX(), local.getY());
        if (area == null && under.length == 0) {
            setVisible(false);
            return;
        }
        setText(area != null ? area.describe() : under.length == 1 ? describe(layer.index(), under[0])
                : describeStack(layer.index(), under));
        Point2D inParent = getParent() == null ? local : getParent().sceneToLocal(e.getSceneX(), e.getSceneY());
        applyCss();
        double w = prefWidth(-1);
        double h = prefHeight(w);
        double[] at = getParent() instanceof Region r ? place(inParent.getX(), inParent.getY(), w, h, r.getWidth(),
                r.getHeight()) : new double[] {inParent.getX() + OFFSET, inParent.getY() + OFFSET};
        setTranslateX(at[0]);
        setTranslateY(at[1]);
        setVisible(true);
    }

    /**
     * Where a tip of {@code w} by {@code h} goes for a pointer at ({@code x}, {@code y}) in an area {@code areaW} by
     * {@code areaH}: below and right of the pointer, or left of it and above it where it would pass the area's right
     * or bottom edge, and never past its top or left edge.
     */
    static double[] place(double x, double y, double w, double h, double areaW, double areaH) {
        double left = x + OFFSET + w <= areaW - MARGIN ? x + OFFSET : x - OFFSET - w;
        double top = y + OFFSET + h <= areaH - MARGIN ? y + OFFSET : y - OFFSET - h;
        left = Math.max(MARGIN, Math.min(left, areaW - MARGIN - w));
        top = Math.max(MARGIN, Math.min(top, areaH - MARGIN - h));
        return new double[] {left, top};
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
