package io.turnaround.app;

import io.turnaround.store.PostgresLibrary;
import io.turnaround.store.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The team library chosen in View › Team database…, remembered in the data folder for the window's next start: its
 * address only (a private file), never a password. "This computer only" forgets it. Read and written off the FX thread.
 */
final class LibraryChoice {
    static final String FILE_NAME = "team-library";

    private LibraryChoice() {
    }

    static Optional<String> read(Path dataDir) {
        try {
            String address = Files.readString(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8).strip();
            return PostgresLibrary.isAddress(address) ? Optional.of(address) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void remember(Path dataDir, String address) throws IOException {
        PrivateFiles.writeAtomically(dataDir.resolve(FILE_NAME), (address + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void forget(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(FILE_NAME));
    }
}
