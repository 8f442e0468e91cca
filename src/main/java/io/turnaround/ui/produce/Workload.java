package io.turnaround.ui.produce;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The manager's other open commitments, fetched off the FX thread; results arrive on it. */
@FunctionalInterface
public interface Workload {
    CompletableFuture<List<ZonedDateTime>> otherOpenCommitments(long caseId);
}
