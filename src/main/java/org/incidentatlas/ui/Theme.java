package org.incidentatlas.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import org.incidentatlas.map.AtlasTileRetriever;

/** The look of the window: AtlantaFX's Primer theme, light or dark. */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Makes this theme the application's, the offline basemap's colours included; call on the FX thread. */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        AtlasTileRetriever.basemaps().useDarkOffline(this == DARK);
    }
}
