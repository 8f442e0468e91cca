package io.turnaround.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The company's letterhead logo for customer documents: a PNG or JPEG placed in the data folder as
 * {@code letterhead-logo.png} (or .jpg). Without one, the summary carries the default logo.
 */
public final class Letterhead {
    public static final String PNG = "letterhead-logo.png";
    public static final String JPEG = "letterhead-logo.jpg";

    private Letterhead() {
    }

    /** The logo's bytes, or null for the default. Reads the disk: call off the UI thread. */
    public static byte[] logo(Path dataDir) {
        for (String name : new String[] {PNG, JPEG}) {
            Path file = dataDir.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
