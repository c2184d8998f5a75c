package org.incidentatlas.ui;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.Place;
import org.incidentatlas.index.AdminAreas;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.NamedPlace;

/**
 * Where the incident being coded took place, as typed, picked by name or clicked on the map: name, coordinates, the
 * OCHA governorate and district (filled in from the point), and how exactly the place is known.
 */
final class PlaceForm {
    // Properties
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty adm1 = new SimpleStringProperty("");
    final StringProperty adm2 = new SimpleStringProperty("");
    final StringProperty latitude = new SimpleStringProperty("");
    final StringProperty longitude = new SimpleStringProperty("");
    final ObjectProperty<LocationPrecision> precision = new SimpleObjectProperty<>(LocationPrecision.EXACT);

    private final AdminBoundaries boundaries;

    PlaceForm(AdminBoundaries boundaries) {
        this.boundaries = boundaries;
        latitude.addListener(o -> fillAreas());
        longitude.addListener(o -> fillAreas());
    }

    // Commands

    /** Shows a saved place. */
    void load(Place p) {
        name.set(p.name() == null ? "" : p.name());
        latitude.set(Double.toString(p.latitude()));
        longitude.set(Double.toString(p.longitude()));
        adm1.set(p.adm1() == null ? "" : p.adm1());
        adm2.set(p.adm2() == null ? "" : p.adm2());
        precision.set(p.precision());
    }

    /** Places the incident at a named place or area: its name, a point inside it and the precision it allows. */
    void pick(NamedPlace place) {
        name.set(place.name());
        at(place.latitude(), place.longitude());
        precision.set(place.precision());
    }

    /** Places the incident at a point (a click on the map); the name is left as it is. */
    void at(double lat, double lon) {
        latitude.set(String.format(Locale.ROOT, "%.5f", lat));
        longitude.set(String.format(Locale.ROOT, "%.5f", lon));
    }

    /**
     * The place as entered.
     *
     * @throws IllegalArgumentException naming the field, in the importer's words
     */
    Place build() {
        return new Place(name.get(), adm1.get(), adm2.get(), coordinate("place.latitude", latitude.get()),
                coordinate("place.longitude", longitude.get()), precision.get());
    }

    /** The OCHA governorate and district the point falls in, filled in when the coordinates are read. */
    private void fillAreas() {
        try {
            double lat = Double.parseDouble(latitude.get().strip());
            double lon = Double.parseDouble(longitude.get().strip());
            fill(adm1, boundaries.governorates(), lat, lon);
            fill(adm2, boundaries.districts(), lat, lon);
        } catch (NumberFormatException e) {
            // not a coordinate yet: the check says so
        }
    }

    private static void fill(StringProperty field, AdminAreas areas, double lat, double lon) {
        int found = areas.locate(lat, lon);
        if (found >= 0) {
            field.set(areas.area(found).name());
        }
    }

    private static double coordinate(String field, String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a number (was '" + text.strip() + "')", e);
        }
    }
}
