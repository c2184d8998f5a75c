package org.incidentatlas.ingest;

import java.util.List;
import org.incidentatlas.domain.Incident;

/** What a reader made of a file: the valid incidents, the rejected records, and how many records it read. */
public record ParsedFile(String file, long recordsRead, List<Incident> incidents, List<Rejection> rejections) {
    public ParsedFile {
        incidents = List.copyOf(incidents);
        rejections = List.copyOf(rejections);
    }
}
