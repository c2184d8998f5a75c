package org.incidentatlas.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.incidentatlas.export.AggregateExport;
import org.incidentatlas.export.DataExport;
import org.incidentatlas.export.DataFormat;
import org.incidentatlas.index.AdminAreas;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.FilterEvaluator;
import org.incidentatlas.index.IncidentFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export csv}, {@code geojson} and {@code kml}: the incidents the filters let through, every field. */
final class ExportDataCommands {
    private ExportDataCommands() {
    }

    /** The areas of a grouping level, or null for place and month. */
    static AdminAreas areas(AdminBoundaries boundaries, AggregateExport.By by) {
        return switch (by) {
            case GOVERNORATE -> boundaries.governorates();
            case DISTRICT -> boundaries.districts();
            case SUBDISTRICT -> boundaries.subdistricts();
            default -> null;
        };
    }

    /** The data commands differ only in their format. */
    abstract static class DataCommand implements Callable<Integer> {
        @ParentCommand
        ExportCommand export;
        @Spec
        CommandSpec spec;
        @Mixin
        FilterOptions filters;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write.")
        Path out;
        @Option(names = "--title", paramLabel = "TEXT", description = "Name of the collection (GeoJSON, KML).")
        String title;
        @Option(names = "--by", paramLabel = "place|governorate|district|subdistrict|month",
                description = "Aggregate (csv, geojson): one row per place, area or month with incidents, deathsLow, "
                        + "deathsBest, deathsHigh and the area's name and p-code (or the place's coordinates).")
        String by;

        abstract DataFormat format();

        @Override
        public Integer call() throws Exception {
            IncidentFilter filter;
            AggregateExport.By grouping;
            AdminBoundaries boundaries = filters.any() || by != null ? AdminBoundaries.bundled() : null;
            try {
                filter = filters.any() ? filters.filter(boundaries) : IncidentFilter.NONE;
                grouping = by == null ? null : AggregateExport.By.of(by);
                if (grouping != null && format() == DataFormat.KML) {
                    throw new IllegalArgumentException("--by works with export csv and export geojson, not kml");
                }
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            ExportCommand.requireFileTarget(out);
            long written;
            long[] rows;
            try (AtlasSession session = AtlasSession.open(export.cli.databaseFolder(),
                    new StderrProgress(System.err))) {
                if (filter.isEmpty()) {
                    rows = null;
                } else {
                    FilterCodes codes = IndexFiles.load(session, boundaries, true).index().codes();
                    BitSet passing = FilterEvaluator.evaluate(codes, filter);
                    rows = DataExport.rowIds(codes, passing);
                }
                long[] count = new long[1];
                String name = title == null ? "Incident Atlas export" : title;
                if (grouping != null) {
                    ExportCommand.write(out, () -> count[0] = AggregateExport.write(format(), grouping,
                            areas(boundaries, grouping), session.repository(), rows, name, out));
                } else {
                    ExportCommand.write(out, () -> count[0] = DataExport.write(format(), session.repository(), rows,
                            name, out, new StderrProgress(System.err)));
                }
                written = count[0];
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "Wrote %s: %,d incidents (%s)%n", out, written,
                    grouping == null ? format().label() : format().name().toLowerCase(Locale.ROOT) + ", by "
                            + grouping.word());
            o.flush();
            return 0;
        }
    }

    @Command(name = "csv", mixinStandardHelpOptions = true,
            description = "Write the incidents as CSV: GED-like columns, wounded and missing, and every source.")
    static final class Csv extends DataCommand {
        @Override
        DataFormat format() {
            return DataFormat.CSV;
        }
    }

    @Command(name = "geojson", mixinStandardHelpOptions = true,
            description = "Write the incidents as GeoJSON (RFC 7946): a Feature each, casualties and sources in its "
                    + "properties.")
    static final class GeoJson extends DataCommand {
        @Override
        DataFormat format() {
            return DataFormat.GEOJSON;
        }
    }

    @Command(name = "kml", mixinStandardHelpOptions = true,
            description = "Write the incidents as KML with time stamps, for Google Earth's time slider.")
    static final class Kml extends DataCommand {
        @Override
        DataFormat format() {
            return DataFormat.KML;
        }
    }
}
