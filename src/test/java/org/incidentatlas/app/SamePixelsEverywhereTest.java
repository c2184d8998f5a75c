package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One saved view exported twice, each time by the real command line in its own JVM, the second one on a "different
 * machine": another locale and a font configuration whose only fonts are others than the first one's (so a picture
 * that drew any text in a system font would differ). Map text is drawn in the bundled fonts, so the pixels are equal.
 */
class SamePixelsEverywhereTest {
    @TempDir
    Path home;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS) // guards against a hang only; not a speed check
    void theSameViewGivesTheSamePixelsWhateverFontsTheSystemHas() throws Exception {
        Path db = home.resolve("db");
        CliRun first = CliRun.on(db, "stats");
        assertEquals(0, first.code(), first.err());
        String[] export = {"--db", db.toString(), "export", "png", "--center", "36.34,43.13", "--zoom", "9",
            "--size", "700x500", "--title", "Mosul الموصل"};
        BufferedImage a = exportIn(export, "a.png", Map.of(), List.of("-Duser.language=en"));
        Path conf = otherFonts();
        BufferedImage b = exportIn(export, "b.png", Map.of("FONTCONFIG_FILE", conf.toString()),
                List.of("-Duser.language=ar", "-Duser.country=IQ"));
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        assertArrayEquals(pixels(a), pixels(b), "the two exports differ in some pixels");
    }

    private BufferedImage exportIn(String[] args, String name, Map<String, String> env, List<String> jvm)
            throws IOException, InterruptedException {
        Path out = home.resolve(name);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.addAll(jvm);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        command.add("--out");
        command.add(out.toString());
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("INCIDENT_ATLAS_HOME");
        pb.environment().putAll(env);
        Path err = home.resolve(name + ".err");
        pb.redirectError(err.toFile());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        p.getOutputStream().close();
        assertEquals(0, p.waitFor(), Files.readString(err, StandardCharsets.UTF_8));
        return ImageIO.read(out.toFile());
    }

    /** A font configuration that knows only the URW fonts (no DejaVu, no Noto): another machine's system fonts. */
    private Path otherFonts() throws IOException {
        Path cache = Files.createDirectories(home.resolve("fc-cache"));
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
                + "  <dir>/usr/share/fonts/opentype/urw-base35</dir>\n  <cachedir>" + cache + "</cachedir>\n"
                + "</fontconfig>\n";
        return Files.writeString(home.resolve("fonts.conf"), xml);
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }
}
