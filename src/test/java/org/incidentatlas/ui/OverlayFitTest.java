package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.Estimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Overlays and keys that must fit where they are shown: the casualty bar's key, the map's hover tip. */
@ExtendWith(ApplicationExtension.class)
class OverlayFitTest {
    private CasualtyBar bar;

    @Start
    void start(Stage stage) {
        bar = new CasualtyBar(new Casualties(new Estimate(1200, 1234, 1300), 400, 311, 512, 11, null, null));
        StackPane narrow = new StackPane(bar);
        stage.setScene(new Scene(narrow, 190, 120));
        stage.show();
    }

    @Test
    void theCasualtyKeyWrapsInANarrowPaneInsteadOfCuttingNamesShort(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<String[]> shown = WaitForAsyncUtils.asyncFx(() -> bar.lookupAll(".label").stream()
                .map(Label.class::cast).map(l -> new String[] {l.getText(), ((Text) l.lookup(".text")).getText()})
                .toList()).get();
        assertEquals(4, shown.size());
        for (String[] s : shown) {
            assertEquals(s[0], s[1], "the key shows its whole text");
        }
        assertEquals("side A 400", shown.get(0)[0]);
    }

    @Test
    void theHoverTipGoesToTheOtherSideOfThePointerNearTheRightAndBottomEdges() {
        // Room to the right and below: right of and below the pointer.
        assertArrayEquals(new double[] {114, 114}, HoverTip.place(100, 100, 200, 60, 800, 600), 1e-9);
        // Near the right edge: left of the pointer, the whole tip inside.
        assertArrayEquals(new double[] {556, 114}, HoverTip.place(770, 100, 200, 60, 800, 600), 1e-9);
        // Near the bottom right corner: left of and above the pointer.
        assertArrayEquals(new double[] {556, 516}, HoverTip.place(770, 590, 200, 60, 800, 600), 1e-9);
        // A tip wider than the room left on either side stays inside the left edge.
        double[] at = HoverTip.place(150, 100, 290, 60, 300, 600);
        assertEquals(4, at[0], 1e-9);
    }
}
