package dev.tprog.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesReplaceAndLeaveNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("out.txt");
        AtomicFiles.writeString(file, "one");
        AtomicFiles.writeString(file, "two");
        assertThat(Files.readString(file)).isEqualTo("two");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailingWriteKeepsTheOldContent() throws IOException {
        Path file = dir.resolve("out.txt");
        AtomicFiles.writeString(file, "complete");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half");
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");
        assertThat(Files.readString(file)).isEqualTo("complete");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void othersMayReadWhatIsWritten() throws IOException {
        Path file = dir.resolve("out.txt");
        AtomicFiles.writeString(file, "x");
        AtomicFiles.writeDirectory(dir.resolve("d"), temp -> Files.writeString(temp.resolve("f"), "y"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(file)).contains(PosixFilePermission.GROUP_READ);
            assertThat(Files.getPosixFilePermissions(dir.resolve("d").resolve("f"))).contains(PosixFilePermission.GROUP_READ);
        }
    }
}
