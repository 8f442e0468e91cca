package io.turnaround.domain;

/**
 * A file of evidence, copied into the case's folder in the data dir.
 *
 * @param storedName file name inside the case's attachment folder
 */
public record Attachment(String id, @CustomerVisible String originalName, String storedName, String sha256, long size) {
    public Attachment {
        id = id == null ? Ids.newId() : id;
        originalName = Texts.orEmpty(originalName);
        storedName = Texts.orEmpty(storedName);
        sha256 = Texts.orEmpty(sha256);
    }
}
