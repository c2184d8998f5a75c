package org.incidentatlas.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.incidentatlas.render.BasemapKind;
import org.incidentatlas.render.Classing;
import org.incidentatlas.render.ColourBy;
import org.incidentatlas.render.MapMode;
import org.incidentatlas.render.SizeBy;
import org.incidentatlas.export.MapFrame;
import org.incidentatlas.export.PictureSize;
import org.incidentatlas.export.SavedView;
import org.incidentatlas.export.ViewStyle;
import org.incidentatlas.map.BasemapChoice;
import org.incidentatlas.map.BasemapSources;
import org.incidentatlas.render.TileSource;
import org.incidentatlas.render.basemap.BasemapData;
import org.incidentatlas.render.basemap.BasemapStyle;
import org.incidentatlas.render.basemap.LabelLanguage;
import org.incidentatlas.render.basemap.OfflineBasemap;
import org.incidentatlas.ui.MainWindow;
import picocli.CommandLine.Option;

/**
 * What part of the map a picture shows and how it looks, shared by {@code export png}, {@code gif} and
 * {@code frames}: either a saved view, or a centre, zoom and size; the scale, title and basemap.
 */
final class MapOptions {
    static final String DEFAULT_SIZE = "1600x1000";
    static final String DEFAULT_TITLE = "Political violence in Iraq";

    @Option(names = "--view", paramLabel = "FILE",
            description = "A saved view (.iaview): window, filters, centre, zoom, basemap, title and size.")
    Path view;
    @Option(names = "--center", paramLabel = "LAT,LON", description = "Centre of the map (default 33.2,43.7).")
    String center;
    @Option(names = "--zoom", paramLabel = "Z", description = "Zoom, 0 to 20 (default 6).")
    Double zoom;
    @Option(names = "--size", paramLabel = "WxH", description = "Picture size in pixels, at most "
            + PictureSize.MAX_SIDE + " on a side and " + PictureSize.MAX_PIXELS / 1_000_000 + " megapixels "
            + "(default " + DEFAULT_SIZE + "; with --view, the view's area drawn at this size).")
    String size;
    @Option(names = "--scale", paramLabel = "R", description = "Picture pixels per screen pixel: 2 draws text, dots "
            + "and lines twice as large (default 1).")
    Double scale;
    @Option(names = "--title", paramLabel = "TEXT",
            description = "Title drawn at the top; \"\" for none (default: the view's, else \"" + DEFAULT_TITLE
                    + "\").")
    String title;
    @Option(names = "--size-by", paramLabel = "deaths|incidents",
            description = "What a symbol's area stands for: summed best deaths (default) or the number of incidents.")
    String sizeBy;
    @Option(names = "--colour-by", paramLabel = "type|category|dataset",
            description = "What a symbol's colour says: UCDP's type of violence (default), the common category across "
                    + "datasets, or the dataset.")
    String colourBy;
    @Option(names = "--choropleth", paramLabel = "governorate|district|subdistrict",
            description = "Fill the areas of an OCHA level by the class of their incidents or deaths instead of "
                    + "drawing symbols.")
    String choropleth;
    @Option(names = "--measure", paramLabel = "incidents|deaths",
            description = "What a choropleth counts per area: incidents (default) or summed best deaths.")
    String measure;
    @Option(names = "--classes", paramLabel = "quantiles|jenks",
            description = "How a choropleth's 5 classes are cut: quantiles (default) or natural breaks (Jenks).")
    String classes;
    @Option(names = "--basemap", paramLabel = "NAME|FILE",
            description = "offline (default), dark, an .mbtiles file, or osm (OpenStreetMap tiles over the network).")
    String basemap;
    @Option(names = "--labels", paramLabel = "english|arabic|both",
            description = "Language of the offline map's governorate, district and sub-district names (default "
                    + "english).")
    String labels;

    /** The language of the offline map's area names; refuses a word that is none. */
    LabelLanguage labels() {
        try {
            return labels == null ? LabelLanguage.ENGLISH : LabelLanguage.of(labels);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + e.getMessage(), e);
        }
    }

    /** The saved view, or null. */
    SavedView savedView() throws IOException {
        return view == null ? null : SavedView.read(view);
    }

    /**
     * The frame: from the saved view, its centre and zoom, and its size at the scale (or its area drawn at --size);
     * otherwise from --center, --zoom, --size and --scale.
     *
     * @throws IllegalArgumentException naming the bad option
     */
    MapFrame frame(SavedView saved) {
        double lat = MainWindow.START_LATITUDE;
        double lon = MainWindow.START_LONGITUDE;
        double z = zoom != null ? zoom : saved != null ? saved.map().zoom() : MainWindow.START_ZOOM;
        if (center != null) {
            String[] parts = center.split(",");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                lat = Double.parseDouble(parts[0].strip());
                lon = Double.parseDouble(parts[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--center must be LAT,LON in degrees, e.g. 33.3,44.4 (was '"
                        + center + "')", e);
            }
        } else if (saved != null) {
            lat = saved.map().latitude();
            lon = saved.map().longitude();
        }
        double r = scale == null ? 1 : scale;
        if (saved != null && saved.size() != null) {
            if (size == null) {
                return new MapFrame(lat, lon, z, saved.size().width(), saved.size().height(), r);
            }
            PictureSize wanted = PictureSize.parse(size);
            double ratio = (double) wanted.width() / saved.size().width();
            return MapFrame.of(lat, lon, z, wanted, Math.max(1, ratio) * (scale == null ? 1 : scale));
        }
        return MapFrame.of(lat, lon, z, PictureSize.parse(size == null ? DEFAULT_SIZE : size), r);
    }

    /** The title: --title (which may be empty), else the view's, else {@link #DEFAULT_TITLE}. */
    String title(SavedView saved) {
        return title != null ? title : saved != null ? saved.title() : DEFAULT_TITLE;
    }

    /**
     * How incidents are drawn: each of --choropleth, --measure, --classes, --colour-by and --size-by given wins over
     * the view's (or the default's). --measure or --classes with neither --choropleth nor a choropleth view is refused.
     *
     * @throws IllegalArgumentException naming the bad option
     */
    ViewStyle style(SavedView saved) {
        ViewStyle base = saved == null ? ViewStyle.DEFAULT : saved.style();
        MapMode mode = choropleth != null ? MapMode.choropleth(choropleth) : base.mode();
        if (mode == MapMode.SYMBOLS && (measure != null || classes != null)) {
            throw new IllegalArgumentException((measure != null ? "--measure" : "--classes")
                    + " works with --choropleth governorate|district|subdistrict");
        }
        SizeBy areas = base.areaMeasure();
        if (measure != null) {
            try {
                areas = SizeBy.of(measure);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--measure must be incidents or deaths (was '" + measure + "')",
                        e);
            }
        }
        return ViewStyle.of(mode, areas, classes == null ? base.classing() : Classing.of(classes),
                colourBy == null ? base.colours() : ColourBy.of(colourBy),
                sizeBy == null ? base.symbolSize() : SizeBy.of(sizeBy));
    }

    /**
     * The basemap chosen: --basemap, else the view's, else the offline one. A view drawn on online tiles does not
     * switch the network on: only {@code --basemap osm} does; the offline basemap is drawn instead (see
     * {@link #offlineInsteadOfOnline}).
     */
    SavedView.Basemap basemap(SavedView saved) {
        if (basemap == null) {
            if (offlineInsteadOfOnline(saved)) {
                return saved.basemap().dark() ? SavedView.Basemap.DARK : SavedView.Basemap.OFFLINE;
            }
            return saved != null ? saved.basemap() : SavedView.Basemap.OFFLINE;
        }
        String b = basemap.strip();
        return switch (b.toLowerCase(Locale.ROOT)) {
            case "offline", "light" -> SavedView.Basemap.OFFLINE;
            case "dark" -> SavedView.Basemap.DARK;
            case "osm", "online" -> new SavedView.Basemap(BasemapKind.ONLINE, "", false);
            default -> {
                if (!b.toLowerCase(Locale.ROOT).endsWith(".mbtiles")) {
                    throw new IllegalArgumentException("--basemap must be offline, dark, osm or an .mbtiles file "
                            + "(was '" + basemap + "')");
                }
                yield new SavedView.Basemap(BasemapKind.MBTILES, Path.of(b).toAbsolutePath().toString(), false);
            }
        };
    }

    /** Whether the view asks for online tiles and no --basemap says to fetch them: the offline basemap is drawn. */
    boolean offlineInsteadOfOnline(SavedView saved) {
        return basemap == null && saved != null && saved.basemap().kind() == BasemapKind.ONLINE;
    }

    /** The offline basemap in the chosen style, its areas named in {@code labels}. */
    static OfflineBasemap offline(SavedView.Basemap choice, LabelLanguage labels) throws IOException {
        return new OfflineBasemap(BasemapData.loadBundled().withLabels(labels),
                choice.dark() ? BasemapStyle.DARK : BasemapStyle.LIGHT);
    }

    /** The tile source of a basemap other than the offline one, or null. */
    static TileSource tiles(SavedView.Basemap choice) throws IOException {
        return BasemapSources.open(BasemapChoice.of(choice));
    }
}
