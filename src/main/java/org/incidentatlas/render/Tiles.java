package org.incidentatlas.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Helpers for tile images: decoding PNG / JPEG bytes into the one pixel layout the map shows. */
public final class Tiles {
    private Tiles() {
    }

    /**
     * Decodes an encoded tile image into a 256 x 256 premultiplied ARGB image.
     *
     * @param where names the tile in an error message, e.g. the file and position
     * @throws IOException when the bytes are not an image Java can read (PNG, JPEG, GIF, BMP)
     */
    public static BufferedImage decode(byte[] bytes, String where) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new IOException(where + " is not a PNG or JPEG image (" + bytes.length + " bytes)");
        }
        return standard(image);
    }

    /** The image as 256 x 256 premultiplied ARGB, scaled if it has another size. */
    public static BufferedImage standard(BufferedImage image) {
        int size = TileSource.TILE_SIZE;
        if (image.getType() == BufferedImage.TYPE_INT_ARGB_PRE && image.getWidth() == size
                && image.getHeight() == size) {
            return image;
        }
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, size, size, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The tile as a square premultiplied ARGB image of {@code size} pixels (itself when it already is one). */
    public static BufferedImage sized(BufferedImage tile, int size) {
        if (tile.getType() == BufferedImage.TYPE_INT_ARGB_PRE && tile.getWidth() == size && tile.getHeight() == size) {
            return tile;
        }
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(tile, 0, 0, size, size, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** True when some pixel of a standard tile is not fully opaque. */
    public static boolean hasTransparency(BufferedImage standard) {
        int[] argb = ((DataBufferInt) standard.getRaster().getDataBuffer()).getData();
        for (int p : argb) {
            if (p >>> 24 != 0xFF) {
                return true;
            }
        }
        return false;
    }

    /** A new tile: {@code top} drawn over {@code bottom} (neither is changed). */
    public static BufferedImage over(BufferedImage top, BufferedImage bottom) {
        int size = TileSource.TILE_SIZE;
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(bottom, 0, 0, size, size, null);
            g.drawImage(top, 0, 0, size, size, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
