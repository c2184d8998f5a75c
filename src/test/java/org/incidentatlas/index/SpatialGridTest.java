package org.incidentatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incidentatlas.domain.WebMercator;
import org.junit.jupiter.api.Test;

/** The incident under a pixel, looked up in the grid cells around it, at a street-level zoom. */
class SpatialGridTest {
    private static final double SCALE = Math.pow(2, 14);
    private static final float[] X = {(float) WebMercator.x(44.40), (float) WebMercator.x(44.41),
        (float) WebMercator.x(43.13), (float) WebMercator.x(44.4001)};
    private static final float[] Y = {(float) WebMercator.y(33.30), (float) WebMercator.y(33.30),
        (float) WebMercator.y(36.34), (float) WebMercator.y(33.30)};

    private static int nearest(SpatialGrid grid, double wx, double wy) {
        return grid.nearest(wx, wy, SCALE, 2, 8, i -> 6, i -> true);
    }

    @Test
    void theDotUnderThePointerIsFoundInItsOwnCell() {
        SpatialGrid one = new SpatialGrid(new float[] {X[2]}, new float[] {Y[2]});
        assertEquals(0, nearest(one, X[2], Y[2]), "the only incident, in the first cell in use");
        assertEquals(0, nearest(one, X[2] + 7.5 / SCALE, Y[2]), "within its 6 px dot and 2 px of slop");
        assertEquals(-1, nearest(one, X[2] + 9 / SCALE, Y[2]), "beyond them");
        assertEquals(-1, nearest(one, X[2], Y[2] - 9 / SCALE));
    }

    @Test
    void theNearestOfSeveralIsChosenAndOthersAreNotReached() {
        SpatialGrid grid = new SpatialGrid(X, Y);
        assertEquals(0, nearest(grid, X[0] - 1 / SCALE, Y[0]), "nearer to the first than to its neighbour");
        assertEquals(3, nearest(grid, X[3] + 1 / SCALE, Y[3]));
        assertEquals(1, nearest(grid, X[1], Y[1] + 3 / SCALE));
        assertEquals(2, nearest(grid, X[2], Y[2]));
        assertEquals(-1, nearest(grid, (X[0] + X[1]) / 2, Y[0]), "between two dots far apart at this zoom");
        assertEquals(3, grid.nearest(X[0], Y[0], SCALE, 2, 8, i -> 6, i -> i != 0), "the first one not eligible");
        assertEquals(-1, grid.nearest(X[2], Y[2], SCALE, 2, 8, i -> 6, i -> i != 2));
    }

    @Test
    void theArraysItHoldsAreCounted() {
        SpatialGrid grid = new SpatialGrid(X, Y);
        // The order of the incidents by cell, and the cells in use with their starts: Mosul, then two cells here.
        assertTrue(grid.bytes() >= 4L * X.length + 4L * 2 + 4L * 3, "at least " + grid.bytes());
        assertTrue(grid.bytes() <= 4L * X.length + 4L * X.length + 4L * (X.length + 1));
    }
}
