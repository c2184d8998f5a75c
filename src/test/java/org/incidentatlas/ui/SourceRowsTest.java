package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.incidentatlas.domain.PartialDate;
import org.incidentatlas.domain.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A report's row in the detail pane shows its language and the passage the coder read, in its own direction. */
@ExtendWith(ApplicationExtension.class)
class SourceRowsTest {
    @Test
    void aReportShowsItsLanguageAndItsPassageArabicUprightRightToLeftOtherTextItalic() {
        VBox arabic = (VBox) SourceRows.row(new Source("Shafaq News", PartialDate.parse("2014-01-26"), null, null,
                "ar", null, "مقتل 14 شخصا في هجمات متفرقة", null, null), url -> { });
        assertEquals("Shafaq News, 2014-01-26 (in Arabic)", ((Label) arabic.getChildren().get(0)).getText());
        Label passage = passage(arabic);
        assertEquals("“مقتل 14 شخصا في هجمات متفرقة”", passage.getText());
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, passage.getNodeOrientation());
        assertFalse(passage.getStyle().contains("italic"), "Arabic is not drawn in italics");

        VBox english = (VBox) SourceRows.row(new Source("Rudaw", null, null, null, "en", null,
                "Thirteen police officers were killed", null, null), url -> { });
        Label latin = passage(english);
        assertTrue(latin.getStyle().contains("-fx-font-style: italic"), latin.getStyle());
        assertEquals(NodeOrientation.INHERIT, latin.getNodeOrientation());
    }

    private static Label passage(VBox row) {
        for (Node n : row.getChildren()) {
            if (n.getStyleClass().contains(SourceRows.PASSAGE_CLASS)) {
                return (Label) n;
            }
        }
        throw new AssertionError("no passage in the row");
    }
}
