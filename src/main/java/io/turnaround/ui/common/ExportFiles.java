package io.turnaround.ui.common;

import java.io.IOException;
import java.nio.file.Path;

/** Where documents the user exports go: a file they chose, or the data folder's drafts (email drafts). */
public interface ExportFiles {
    void write(Path target, byte[] content) throws IOException;

    /** The folder for email drafts, inside the data folder. */
    Path draftsFolder() throws IOException;
}
