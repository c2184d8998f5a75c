package org.incidentatlas.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.incidentatlas.export.Animator;
import org.incidentatlas.export.Captions;
import org.incidentatlas.export.FrameSink;
import org.incidentatlas.export.GifFile;
import org.incidentatlas.export.PictureSize;
import org.incidentatlas.export.Playback;
import org.incidentatlas.export.PngFile;
import org.incidentatlas.export.PngFrames;
import org.incidentatlas.export.SavedView;
import org.incidentatlas.index.BinUnit;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.WindowMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export png}, {@code export gif} and {@code export frames}: map pictures drawn off screen, no display. */
final class ExportPictureCommands {
    private ExportPictureCommands() {
    }

    /** The software named in every picture's text. */
    static String software() {
        return new Cli.Version().getVersion()[0];
    }

    /** What every picture command takes: the filters and the map's options. */
    abstract static class PictureCommand implements Callable<Integer> {
        @ParentCommand
        ExportCommand export;
        @Spec
        CommandSpec spec;
        @Mixin
        FilterOptions filters;
        @Mixin
        MapOptions map;
    }

    /** {@code export png}: one map picture. */
    @Command(name = "png", mixinStandardHelpOptions = true,
            description = "Draw the map as a PNG picture with title, dates, filters, legend, scale bar and credits.")
    static final class Png extends PictureCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG file to write.")
        Path out;

        @Override
        public Integer call() throws Exception {
            ExportCommand.requireFileTarget(out);
            try (PictureSetup s = PictureSetup.open(export.cli, filters, map, spec)) {
                Captions captions = s.captions(s.shown);
                BufferedImage picture = s.snapshot.render(s.shown, s.frame, captions);
                String view = SavedView.of(s.title, windowOf(s.shown.window()), s.filter,
                        new SavedView.MapArea(s.frame.latitude(), s.frame.longitude(), s.frame.zoom()), s.basemap,
                        new PictureSize((int) Math.round(s.frame.width()), (int) Math.round(s.frame.height())),
                        s.style).toJson();
                ExportCommand.write(out, () -> PngFile.write(out, picture, captions.pngText(software(), view)));
                PrintWriter o = spec.commandLine().getOut();
                o.printf(Locale.ROOT, "Wrote %s: %d x %d pixels, %s%n", out, picture.getWidth(), picture.getHeight(),
                        captions.counts());
                o.flush();
            }
            return 0;
        }
    }

    /** Options of both animation commands. */
    static final class AnimationOptions {
        @Option(names = "--step", defaultValue = "week", paramLabel = "UNIT",
                description = "How far each frame moves the window: day, week, month or year (default week).")
        String step;
        @Option(names = "--window", defaultValue = "30d", paramLabel = "LENGTH",
                description = "Window length: 30d, 2w, 6m (30-day months), 1y (default 30d).")
        String window;
        @Option(names = "--cumulative", description = "Show everything up to each frame's end.")
        boolean cumulative;
        @Option(names = "--frames", paramLabel = "N", description = "At most N frames (default: to the last day).")
        Integer frames;
        @Option(names = "--fps", defaultValue = "4", paramLabel = "N", description = "Frames per second (default 4).")
        double fps;

        Playback playback(PictureSetup s) {
            BinUnit unit;
            try {
                unit = BinUnit.valueOf(step.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--step must be day, week, month or year (was '" + step + "')", e);
            }
            int days = Playback.parseDays(window);
            LocalDate start = s.filter.from() != null ? s.filter.from()
                    : s.view != null ? s.view.window().from() : LocalDate.ofEpochDay(s.index.firstDay());
            LocalDate last = s.filter.to() != null ? s.filter.to()
                    : LocalDate.ofEpochDay(s.index.lastDay());
            return new Playback(start, last, days, cumulative ? WindowMode.CUMULATIVE
                    : WindowMode.MOVING, unit, frames == null ? Playback.MAX_FRAMES : frames);
        }
    }

    /** Runs an animation into a sink made from the setup. */
    abstract static class Animation extends PictureCommand {
        @Mixin
        AnimationOptions animation;
        @Option(names = "--out", required = true, paramLabel = "PATH", description = "Where to write.")
        Path out;

        /** A sink for the frames; {@code credits} name the data of the whole animation. */
        abstract FrameSink sink(PictureSetup s, Captions first, String credits) throws IOException;

        /** Refuses an {@code --out} the animation cannot be written to, before any work. */
        abstract void checkTarget() throws ExportCommand.CannotWriteException;

        @Override
        public Integer call() throws Exception {
            checkTarget();
            try (PictureSetup s = PictureSetup.open(export.cli, filters, map, spec)) {
                Playback playback;
                try {
                    playback = animation.playback(s);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage(), e);
                }
                int[] written = new int[1];
                ExportCommand.write(out, () -> {
                    String credits = s.attribution(s.datasets(playback));
                    try (FrameSink sink = sink(s, s.captions(s.shown), credits)) {
                        written[0] = Animator.write(s.snapshot, s.shown, s.frame,
                                new Animator.Titles(s.title, s.filter, credits), playback, sink,
                                new StderrProgress(System.err)::progress);
                    }
                });
                PrintWriter o = spec.commandLine().getOut();
                o.printf(Locale.ROOT, "Wrote %s: %d frames of %s pixels%n", out, written[0],
                        s.frame.pictureSize());
                o.flush();
            }
            return 0;
        }
    }

    /** {@code export gif}: the timeline's playback as an animated GIF. */
    @Command(name = "gif", mixinStandardHelpOptions = true,
            description = "Play the timeline into an animated GIF, one frame per step.")
    static final class Gif extends Animation {
        @Override
        FrameSink sink(PictureSetup s, Captions first, String credits) throws IOException {
            try {
                return new GifFile(out, animation.fps, first.filters() + " · " + credits);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--fps: " + e.getMessage(), e);
            }
        }

        @Override
        void checkTarget() throws ExportCommand.CannotWriteException {
            ExportCommand.requireFileTarget(out);
        }
    }

    /** {@code export frames}: the timeline's playback as numbered PNG files. */
    @Command(name = "frames", mixinStandardHelpOptions = true,
            description = "Play the timeline into numbered PNG files (frame-0001.png, ...) in a folder.")
    static final class Frames extends Animation {
        @Override
        FrameSink sink(PictureSetup s, Captions first, String credits) throws IOException {
            return new PngFrames(out, "frame", software());
        }

        @Override
        void checkTarget() throws ExportCommand.CannotWriteException {
            if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
                throw new ExportCommand.CannotWriteException(out + ": it is a file; name a folder for the frames",
                        null);
            }
        }
    }

    static SavedView.Window windowOf(DateWindow w) {
        return w.cumulative() ? new SavedView.Window(w.toDate(), w.toDate(), WindowMode.CUMULATIVE)
                : new SavedView.Window(w.fromDate(), w.toDate(), WindowMode.MOVING);
    }
}
