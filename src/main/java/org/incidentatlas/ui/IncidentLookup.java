package org.incidentatlas.ui;

import java.util.Optional;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;

/** Finds a whole incident record by its id (backed by the store; the UI never sees JDBC). */
@FunctionalInterface
public interface IncidentLookup {
    Optional<Incident> find(IncidentId id);
}
