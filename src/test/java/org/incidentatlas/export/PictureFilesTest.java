package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PictureFilesTest {
    private static final Captions CAPTIONS = new Captions("t", "1 June 2014", "No filters", "1 incident", "c");

    @TempDir
    Path dir;

    private static BufferedImage image(int w, int h, int rgb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, rgb + x);
            }
        }
        return img;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void pngKeepsPixelsAndEveryTextChunkLatinAndNot() throws IOException {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Title", "Ninewa, June 2014");
        text.put("Description", "1 June 2014 – 30 June 2014. Filters: governorate نينوى.");
        text.put("Copyright", "Basemap: Natural Earth");
        Path file = dir.resolve("map.png");
        BufferedImage img = image(64, 32, 0x336699);
        PngFile.write(file, img, text);
        assertEquals(text, PngFile.readText(file));
        BufferedImage back = ImageIO.read(file.toFile());
        assertEquals(64, back.getWidth());
        assertEquals(img.getRGB(40, 20), back.getRGB(40, 20));
        assertEquals(List.of(file), files(), "no temporary file left");
    }

    @Test
    void aFailedPngWriteLeavesNoFileBehind() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThrows(IOException.class, () -> PngFile.write(blocker.resolve("map.png"), image(4, 4, 0), Map.of()));
        assertEquals(List.of(blocker), files());
    }

    @Test
    void gifHasEveryFrameAndLoops() throws IOException {
        Path file = dir.resolve("a.gif");
        try (GifFile gif = new GifFile(file, 4, "test")) {
            for (int k = 0; k < 5; k++) {
                gif.add(image(40, 30, 0x101010 * (k + 1)), CAPTIONS);
            }
            gif.finish();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(5, reader.getNumImages(true));
            assertEquals(40, reader.getWidth(0));
            String tree = dump(reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0"));
            assertTrue(tree.contains("delayTime=25"), tree);
            assertTrue(tree.contains("NETSCAPE"), "loops: " + tree);
            reader.dispose();
        }
        assertEquals(List.of(file), files());
    }

    @Test
    void anUnfinishedAnimationLeavesNothing() throws IOException {
        Path gifFile = dir.resolve("a.gif");
        try (GifFile gif = new GifFile(gifFile, 4, "test")) {
            gif.add(image(40, 30, 0), CAPTIONS);
        }
        Path frames = dir.resolve("frames");
        try (PngFrames png = new PngFrames(frames, "frame", "test")) {
            png.add(image(8, 8, 0), CAPTIONS);
            png.add(image(8, 8, 0), CAPTIONS);
            assertTrue(Files.exists(png.file(2)));
        }
        assertEquals(List.of(frames), files());
        try (Stream<Path> s = Files.list(frames)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void pictureSizeLimitsAreStatedInTheMessage() {
        assertEquals(new PictureSize(8000, 8000), PictureSize.parse("8000x8000"));
        assertEquals(new PictureSize(2480, 3508), PictureSize.parse(" 2480 x 3508 "));
        IllegalArgumentException side = assertThrows(IllegalArgumentException.class,
                () -> PictureSize.parse("10001x10"));
        assertTrue(side.getMessage().contains("10,000 pixels on a side"), side.getMessage());
        IllegalArgumentException area = assertThrows(IllegalArgumentException.class,
                () -> PictureSize.parse("9000x9000"));
        assertTrue(area.getMessage().contains("81,000,000"), area.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PictureSize.parse("0x10"));
        IllegalArgumentException form = assertThrows(IllegalArgumentException.class,
                () -> PictureSize.parse("big"));
        assertTrue(form.getMessage().contains("WIDTHxHEIGHT"), form.getMessage());
    }

    private static String dump(org.w3c.dom.Node node) {
        StringBuilder out = new StringBuilder(node.getNodeName());
        if (node.getAttributes() != null) {
            for (int k = 0; k < node.getAttributes().getLength(); k++) {
                org.w3c.dom.Node a = node.getAttributes().item(k);
                out.append(' ').append(a.getNodeName()).append('=').append(a.getNodeValue());
            }
        }
        if (node instanceof javax.imageio.metadata.IIOMetadataNode m && m.getUserObject() instanceof byte[]) {
            out.append(" userObject");
        }
        for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            out.append(" [").append(dump(c)).append(']');
        }
        return out.toString();
    }
}
