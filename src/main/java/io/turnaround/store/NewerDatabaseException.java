package io.turnaround.store;

/** The file was written by a newer Turnaround; it is left untouched. */
public final class NewerDatabaseException extends StoreException {
    private final int fileVersion;
    private final int supportedVersion;

    public NewerDatabaseException(int fileVersion, int supportedVersion) {
        super("This case file was written by a newer version of Turnaround (format " + fileVersion
                + "; this version reads up to " + supportedVersion + "). Update Turnaround to open it. The file was not changed.");
        this.fileVersion = fileVersion;
        this.supportedVersion = supportedVersion;
    }

    public int fileVersion() {
        return fileVersion;
    }

    public int supportedVersion() {
        return supportedVersion;
    }
}
