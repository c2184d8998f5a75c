package org.incidentatlas.domain;

/** What one report said about the human cost; each figure is {@code null} where the report said nothing. */
public record ReportedFigures(Figure killed, Figure wounded, Figure missing) {
    public boolean any() {
        return killed != null || wounded != null || missing != null;
    }
}
