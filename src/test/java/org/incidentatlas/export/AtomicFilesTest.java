package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheFileWhole() throws IOException {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "old");
        AtomicFiles.write(target, out -> out.write("new content".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new content", Files.readString(target));
        assertEquals(1, count());
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(1, count());
    }

    /** Generator of special files and links: a pipe, a link to a pipe, a folder, a link to a folder. */
    @Test
    void specialFilesAreRefusedAndNeverReplaced() throws Exception {
        Path pipe = dir.resolve("pipe");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor(), "mkfifo");
        Path linkToPipe = Files.createSymbolicLink(dir.resolve("link-to-pipe"), pipe.getFileName());
        Path linkToFolder = Files.createSymbolicLink(dir.resolve("link-to-folder"), folder);
        for (Path special : List.of(pipe, linkToPipe, folder, linkToFolder)) {
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(special,
                    out -> out.write('x')), special.toString());
            assertTrue(e.getMessage().contains(special.toString()), e.getMessage());
        }
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe), "the pipe was replaced");
        assertTrue(Files.isSymbolicLink(linkToPipe) && Files.isSymbolicLink(linkToFolder), "a link was replaced");
        assertTrue(Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS));
        assertEquals(4, count(), "something was left behind");
    }

    /** Links, absolute, relative and chained, are written through: the link stays, its target gets the content. */
    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path real = sub.resolve("real.csv");
        Files.writeString(real, "old");
        Path relative = Files.createSymbolicLink(sub.resolve("relative.csv"), Path.of("real.csv"));
        Path absolute = Files.createSymbolicLink(dir.resolve("absolute.csv"), real);
        Path chained = Files.createSymbolicLink(dir.resolve("chained.csv"), Path.of("sub", "relative.csv"));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"), Path.of("sub", "new.csv"));
        int k = 0;
        for (Path link : List.of(relative, absolute, chained)) {
            String content = "content " + k++;
            AtomicFiles.write(link, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
            assertTrue(Files.isSymbolicLink(link), link + " is no longer a link");
            assertEquals(content, Files.readString(real));
        }
        AtomicFiles.write(dangling, out -> out.write('d'));
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals("d", Files.readString(sub.resolve("new.csv")));
        try (Stream<Path> files = Files.list(sub)) {
            assertEquals(List.of("new.csv", "real.csv", "relative.csv"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    /** What a process killed mid-write left is removed by the next write to that target; other names are not. */
    @Test
    void leftoversOfAKilledWriteAreRemovedByTheNextWrite() throws IOException {
        Path target = dir.resolve("out.csv");
        Files.writeString(dir.resolve(".out.csv.k1ll3d.partial"), "half a file");
        Files.writeString(dir.resolve(".out.csv.other.partial"), "half another");
        Files.writeString(dir.resolve(".other.csv.x1.partial"), "not ours");
        Files.writeString(dir.resolve("out.csv.partial"), "a user's file");
        AtomicFiles.write(target, out -> out.write('n'));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(".other.csv.x1.partial", "out.csv", "out.csv.partial"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    /** A write still going on (here in this process, elsewhere locked) is not taken for a leftover. */
    @Test
    void aWriteInProgressIsNotTakenForALeftover() throws IOException {
        Path target = dir.resolve("out.csv");
        try (AtomicFiles.Pending first = AtomicFiles.begin(target)) {
            first.stream().write("first".getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(target, out -> out.write('2'));
            first.commit();
        }
        assertEquals("first", Files.readString(target));
        assertEquals(1, count());
    }

    private long count() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
