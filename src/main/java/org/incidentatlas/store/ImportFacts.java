package org.incidentatlas.store;

import java.util.function.Predicate;
import org.incidentatlas.domain.FactsSink;
import org.incidentatlas.domain.IncidentId;

/**
 * Where the move of a decided import hands the facts of every incident the database holds once the import is in, in
 * row-id order: first those it held before, but for the ones the import replaces, read from the database; then the
 * import's own, from its staged records as they are moved, so that they need not be read back.
 *
 * @param sink     told each incident's facts
 * @param replaced whether an incident the database held is replaced by one of the import (it wrote that id)
 */
record ImportFacts(FactsSink sink, Predicate<IncidentId> replaced) {
}
