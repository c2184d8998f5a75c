package org.incidentatlas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An animated GIF written frame by frame (memory stays flat however many frames there are), looping forever, at a
 * fixed frame rate. The frames go to a temporary file beside the target, moved over it by {@link #finish()}: a
 * cancelled or failed animation leaves no file behind.
 */
public final class GifFile implements FrameSink {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final AtomicFiles.Pending pending;
    private final ImageOutputStream stream;
    private final ImageWriter writer;
    private final int delayHundredths;
    private final String comment;
    private int frames;
    private boolean finished;

    /**
     * @param framesPerSecond frames per second (GIF counts delays in hundredths of a second, so 1 to 50)
     * @param comment         a comment stored in the file (what it shows and its credits)
     */
    public GifFile(Path target, double framesPerSecond, String comment) throws IOException {
        if (!(framesPerSecond > 0 && framesPerSecond <= 50)) {
            throw new IllegalArgumentException("frames per second must be more than 0 and at most 50 (was "
                    + framesPerSecond + ")");
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime cannot write GIF files");
        }
        this.delayHundredths = Math.max(2, (int) Math.round(100 / framesPerSecond));
        this.comment = comment;
        this.pending = AtomicFiles.begin(target);
        try {
            this.stream = new MemoryCacheImageOutputStream(pending.stream());
            this.writer = writers.next();
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
        } catch (IOException | RuntimeException e) {
            pending.close();
            throw e;
        }
    }

    @Override
    public void add(BufferedImage frame, Captions captions) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame),
                null);
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayHundredths));
        control.setAttribute("transparentColorIndex", "0");
        root.appendChild(control);
        if (frames == 0) {
            IIOMetadataNode comments = new IIOMetadataNode("CommentExtensions");
            IIOMetadataNode c = new IIOMetadataNode("CommentExtension");
            c.setAttribute("value", comment);
            comments.appendChild(c);
            root.appendChild(comments);
            IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(loop);
            root.appendChild(apps);
        }
        metadata.mergeTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(frame, null, metadata), null);
        frames++;
    }

    public int frames() {
        return frames;
    }

    @Override
    public void finish() throws IOException {
        if (frames == 0) {
            throw new IOException("an animation needs at least one frame");
        }
        writer.endWriteSequence();
        stream.flush();
        stream.close();
        pending.commit();
        finished = true;
    }

    @Override
    public void close() throws IOException {
        writer.dispose();
        if (!finished) {
            try {
                stream.close();
            } finally {
                pending.close();
            }
        }
    }
}
