package io.turnaround.ui.facts;

import io.turnaround.domain.Attachment;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** Evidence files of a case: copied in off the FX thread, found again by the attachment. */
public interface FactFiles {
    /** Completes on the FX thread with the stored attachment. */
    CompletableFuture<Attachment> copyIn(long caseId, Path source);

    Path pathOf(long caseId, Attachment attachment);
}
