package org.incidentatlas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** Where the frames of an animation go, in order: an animated GIF or numbered PNG files. */
public interface FrameSink extends AutoCloseable {
    /** Adds the next frame, with the words it shows. */
    void add(BufferedImage frame, Captions captions) throws IOException;

    /** Finishes the output once every frame is in; without it, {@link #close()} leaves nothing behind. */
    void finish() throws IOException;

    /** Releases the output; when {@link #finish()} was not called, removes what was written. */
    @Override
    void close() throws IOException;
}
