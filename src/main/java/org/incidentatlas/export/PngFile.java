package org.incidentatlas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes PNG files with text chunks that say what the picture shows (title, dates, filters, credits, the software):
 * {@code tEXt} where the text is Latin-1, as the PNG standard asks, {@code iTXt} (UTF-8) where it is not. Written
 * atomically: a failed write leaves no file behind and never a half-written one.
 */
public final class PngFile {
    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngFile() {
    }

    /** Writes {@code image} to {@code target} with the text chunks {@code text} (keyword to value, in order). */
    public static void write(Path target, BufferedImage image, Map<String, String> text) throws IOException {
        AtomicFiles.write(target, out -> write(out, image, text));
    }

    /** Writes the PNG to a stream (not closed). */
    public static void write(OutputStream out, BufferedImage image, Map<String, String> text) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime cannot write PNG files");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                // Fast deflate: maps compress well even so, and large prints write in a fraction of the time.
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.75f);
            }
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            metadata.mergeTree(FORMAT, textTree(text));
            writer.write(null, new IIOImage(image, null, metadata), param);
            stream.flush();
        } finally {
            writer.dispose();
        }
    }

    /** The text chunks of a PNG file, keyword to value (tEXt, zTXt and iTXt). */
    public static Map<String, String> readText(Path file) throws IOException {
        try (var in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException(file + " is not an image");
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree(FORMAT);
                Map<String, String> out = new LinkedHashMap<>();
                collect(root, "tEXtEntry", "value", out);
                collect(root, "zTXtEntry", "text", out);
                collect(root, "iTXtEntry", "text", out);
                return out;
            } finally {
                reader.dispose();
            }
        }
    }

    private static void collect(IIOMetadataNode root, String entry, String valueAttribute, Map<String, String> out) {
        var nodes = root.getElementsByTagName(entry);
        for (int k = 0; k < nodes.getLength(); k++) {
            IIOMetadataNode n = (IIOMetadataNode) nodes.item(k);
            out.put(n.getAttribute("keyword"), n.getAttribute(valueAttribute));
        }
    }

    private static IIOMetadataNode textTree(Map<String, String> text) {
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode latin = new IIOMetadataNode("tEXt");
        IIOMetadataNode international = new IIOMetadataNode("iTXt");
        for (Map.Entry<String, String> e : text.entrySet()) {
            String value = e.getValue() == null ? "" : e.getValue();
            if (StandardCharsets.ISO_8859_1.newEncoder().canEncode(value)) {
                IIOMetadataNode n = new IIOMetadataNode("tEXtEntry");
                n.setAttribute("keyword", e.getKey());
                n.setAttribute("value", value);
                latin.appendChild(n);
            } else {
                IIOMetadataNode n = new IIOMetadataNode("iTXtEntry");
                n.setAttribute("keyword", e.getKey());
                n.setAttribute("compressionFlag", "FALSE");
                n.setAttribute("compressionMethod", "0");
                n.setAttribute("languageTag", "");
                n.setAttribute("translatedKeyword", "");
                n.setAttribute("text", value);
                international.appendChild(n);
            }
        }
        if (latin.hasChildNodes()) {
            root.appendChild(latin);
        }
        if (international.hasChildNodes()) {
            root.appendChild(international);
        }
        return root;
    }
}
