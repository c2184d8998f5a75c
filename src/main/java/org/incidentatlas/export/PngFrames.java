package org.incidentatlas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Animation frames as numbered PNG files in a folder ({@code frame-0001.png}, ...), each with the text chunks of its
 * own captions (its dates and counts). Each file is written atomically; if the animation does not finish, the frames
 * it wrote are removed.
 */
public final class PngFrames implements FrameSink {
    private final Path folder;
    private final String prefix;
    private final String software;
    private final List<Path> written = new ArrayList<>();
    private boolean finished;

    /** @param software the software named in each frame's text */
    public PngFrames(Path folder, String prefix, String software) throws IOException {
        this.folder = folder;
        this.prefix = prefix;
        this.software = software;
        Files.createDirectories(folder);
    }

    /** The file of frame {@code n} (counted from 1). */
    public Path file(int n) {
        return folder.resolve(String.format("%s-%04d.png", prefix, n));
    }

    @Override
    public void add(BufferedImage frame, Captions captions) throws IOException {
        Path file = file(written.size() + 1);
        PngFile.write(file, frame, captions.pngText(software, null));
        written.add(file);
    }

    @Override
    public void finish() throws IOException {
        if (written.isEmpty()) {
            throw new IOException("an animation needs at least one frame");
        }
        finished = true;
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            for (Path p : written) {
                Files.deleteIfExists(p);
            }
        }
    }
}
