package org.incidentatlas.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.ViolenceType;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.domain.WebMercator;
import org.incidentatlas.index.WindowMode;
import org.incidentatlas.render.BasemapKind;

/**
 * A saved view: everything needed to draw a figure again exactly, as a small JSON file (extension {@code .iaview}):
 * the title, the date window and its mode, the filters, the map's centre and zoom, the basemap, the size of the
 * map in screen pixels, and how incidents are drawn (map mode, colour-by, size-by: {@link ViewStyle}; since version
 * 2). The window saves and opens these; {@code export png --view FILE} draws one.
 *
 * @param format  always {@link #FORMAT}
 * @param version the file format's version, {@link #VERSION}
 * @param title   the figure's title (may be empty)
 * @param window  the date window
 * @param filters the filters
 * @param map     centre and zoom
 * @param basemap which basemap
 * @param size    the map's size in screen pixels when the view was saved, or null
 * @param style   how incidents are drawn (the defaults for a file of version 1)
 */
public record SavedView(String format, int version, String title, Window window, Filters filters, MapArea map,
        Basemap basemap, PictureSize size, ViewStyle style) {
    public static final String FORMAT = "incident-atlas-view";
    public static final int VERSION = 2;
    public static final String EXTENSION = ".iaview";

    /**
     * The date window: {@code from} to {@code to}, both included; in cumulative mode everything up to {@code to} is
     * shown and {@code from} is where the window's brush starts.
     */
    public record Window(LocalDate from, LocalDate to, WindowMode mode) {
        public Window {
            if (from == null || to == null) {
                throw new IllegalArgumentException("window needs \"from\" and \"to\" days");
            }
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("window ends (" + to + ") before it starts (" + from + ")");
            }
            mode = mode == null ? WindowMode.MOVING : mode;
        }

        /** The days the map shows. */
        public DateWindow dateWindow() {
            DateWindow w = DateWindow.of(from, to);
            return mode == WindowMode.CUMULATIVE ? DateWindow.until(w.to()) : w;
        }
    }


    /** The map's centre (degrees) and zoom. */
    public record MapArea(double latitude, double longitude, double zoom) {
        public MapArea {
            if (!(Math.abs(latitude) <= WebMercator.MAX_LATITUDE)) {
                throw new IllegalArgumentException("map.latitude must be within ±" + WebMercator.MAX_LATITUDE
                        + " (was " + latitude + ")");
            }
            if (!(Math.abs(longitude) <= 180)) {
                throw new IllegalArgumentException("map.longitude must be within ±180 (was " + longitude + ")");
            }
            if (!(zoom >= MapFrame.MIN_ZOOM && zoom <= MapFrame.MAX_ZOOM)) {
                throw new IllegalArgumentException("map.zoom must be between " + (int) MapFrame.MIN_ZOOM + " and "
                        + (int) MapFrame.MAX_ZOOM + " (was " + zoom + ")");
            }
        }
    }

    /** The basemap: {@code offline} (with {@code dark} for its dark style), {@code mbtiles} or {@code online}. */
    public record Basemap(BasemapKind kind, String location, boolean dark) {
        public static final Basemap OFFLINE = new Basemap(BasemapKind.OFFLINE, "", false);
        public static final Basemap DARK = new Basemap(BasemapKind.OFFLINE, "", true);

        public Basemap {
            kind = kind == null ? BasemapKind.OFFLINE : kind;
            location = location == null ? "" : location;
        }
    }

    /** The filters, as plain values (names of types and precisions, area names or p-codes). */
    public record Filters(LocalDate from, LocalDate to, List<String> types, List<String> actors,
            List<String> governorates, List<String> districts, Integer minDeaths, String worstLocation,
            String worstDate, List<String> datasets, String text, List<String> subdistricts) {
        public Filters {
            subdistricts = subdistricts == null ? List.of() : List.copyOf(subdistricts);
            types = types == null ? List.of() : List.copyOf(types);
            actors = actors == null ? List.of() : List.copyOf(actors);
            governorates = governorates == null ? List.of() : List.copyOf(governorates);
            districts = districts == null ? List.of() : List.copyOf(districts);
            datasets = datasets == null ? List.of() : List.copyOf(datasets);
        }

        public static Filters of(IncidentFilter f) {
            return new Filters(f.from(), f.to(), f.types().stream().sorted().map(Enum::name).toList(),
                    f.actors().stream().sorted().toList(), f.governorates(), f.districts(), f.minDeaths(),
                    f.worstLocation() == null ? null : f.worstLocation().name(),
                    f.worstDate() == null ? null : f.worstDate().name(), f.datasets().stream().sorted().toList(),
                    f.text(), f.subdistricts());
        }

        /** The filters as one line of JSON (for preferences). */
        public String toJson() {
            try {
                return mapper().writeValueAsString(this);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("could not write filters as JSON", e);
            }
        }

        /** @throws IllegalArgumentException when the text is not filters written by {@link #toJson()} */
        public static Filters fromJson(String json) {
            try {
                return mapper().readValue(json, Filters.class);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("not filters: " + e.getOriginalMessage(), e);
            }
        }

        /** @throws IllegalArgumentException naming a value that is not a type, precision or day range */
        public IncidentFilter toFilter() {
            Set<ViolenceType> typeSet = EnumSet.noneOf(ViolenceType.class);
            for (String t : types) {
                typeSet.add(named(ViolenceType.class, "types", t));
            }
            return IncidentFilter.builder().from(from).to(to).types(typeSet).actors(new LinkedHashSet<>(actors))
                    .governorates(governorates).districts(districts).subdistricts(subdistricts).minDeaths(minDeaths)
                    .worstLocation(worstLocation == null ? null
                            : named(LocationPrecision.class, "worstLocation", worstLocation))
                    .worstDate(worstDate == null ? null : named(DatePrecision.class, "worstDate", worstDate))
                    .datasets(new LinkedHashSet<>(datasets)).text(text).build();
        }
    }

    public SavedView {
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("not an Incident Atlas view (\"format\" is " + quoted(format)
                    + ", expected \"" + FORMAT + "\")");
        }
        if (version < 1 || version > VERSION) {
            throw new IllegalArgumentException("view format version " + version + " is not supported (this version "
                    + "reads 1 to " + VERSION + ")");
        }
        title = title == null ? "" : title;
        if (window == null) {
            throw new IllegalArgumentException("view has no \"window\"");
        }
        if (map == null) {
            throw new IllegalArgumentException("view has no \"map\" (centre and zoom)");
        }
        filters = filters == null ? Filters.of(IncidentFilter.NONE) : filters;
        basemap = basemap == null ? Basemap.OFFLINE : basemap;
        style = style == null ? ViewStyle.DEFAULT : style;
        filters.toFilter();
    }

    /** A view of the current version, drawn in the default style. */
    public static SavedView of(String title, Window window, IncidentFilter filter, MapArea map, Basemap basemap,
            PictureSize size) {
        return of(title, window, filter, map, basemap, size, ViewStyle.DEFAULT);
    }

    /** A view of the current version. */
    public static SavedView of(String title, Window window, IncidentFilter filter, MapArea map, Basemap basemap,
            PictureSize size, ViewStyle style) {
        return new SavedView(FORMAT, VERSION, title, window, Filters.of(filter), map, basemap, size, style);
    }

    /** Writes the view as indented JSON, atomically. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, out -> mapper().writerWithDefaultPrettyPrinter().writeValue(out, this));
    }

    public String toJson() {
        try {
            return mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a view as JSON", e);
        }
    }

    /**
     * Reads a view file.
     *
     * @throws IOException with a message naming the file and, for bad content, the place and the reason
     */
    public static SavedView read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new BadFileException(file + ": is a folder, not a view file", null);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new BadFileException(file + ": is not a regular file (a device, pipe or socket)", null);
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such view file");
        }
        SavedView view;
        try (InputStream in = Files.newInputStream(file)) {
            view = mapper().readValue(in, SavedView.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? path(m) : "";
            String at = where.isEmpty() && field.isEmpty() ? "" : " (" + where + (where.isEmpty() || field.isEmpty()
                    ? "" : ", ") + field + ")";
            throw new BadFileException(file + ": not a valid view file" + at + ": " + message(cause), e);
        }
        return view.relativeTo(file);
    }

    /** An MBTiles basemap named by a relative path is relative to the view file's folder, not the working folder. */
    private SavedView relativeTo(Path file) {
        if (basemap.kind() != BasemapKind.MBTILES || basemap.location().isEmpty()) {
            return this;
        }
        Path location = Path.of(basemap.location());
        if (location.isAbsolute()) {
            return this;
        }
        Path folder = file.toAbsolutePath().getParent();
        return new SavedView(format, version, title, window, filters, map, new Basemap(basemap.kind(),
                folder.resolve(location).normalize().toString(), basemap.dark()), size, style);
    }

    /** The field a mapping error is about, e.g. {@code map.zoom}. */
    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String message(Throwable t) {
        if (t instanceof JsonProcessingException j) {
            return j.getOriginalMessage();
        }
        return t.getMessage();
    }

    private static ObjectMapper mapper() {
        return ViewJson.MAPPER;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String field, String name) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(name.strip())) {
                return e;
            }
            names.add(e.name());
        }
        throw new IllegalArgumentException("\"" + field + "\": '" + name + "' is not one of " + names);
    }

    private static String quoted(String s) {
        return s == null ? "missing" : "\"" + s + "\"";
    }
}
