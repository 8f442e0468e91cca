package io.turnaround.app;

import io.turnaround.domain.Attachment;
import io.turnaround.store.AttachmentFiles;
import io.turnaround.store.CaseStore;
import io.turnaround.store.PrivateFiles;
import io.turnaround.ui.common.BackgroundTasks;
import io.turnaround.ui.facts.FactFiles;
import io.turnaround.ui.produce.Workload;
import io.turnaround.ui.summary.SummaryViewModel;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** What the window's steps need of the disk and the store, each done on the background worker. */
final class WindowParts {
    private WindowParts() {
    }

    /** Attachments are copied into the data folder on the worker. */
    static FactFiles factFiles(BackgroundTasks tasks, CompletableFuture<AttachmentFiles> attachments) {
        return new FactFiles() {
            @Override
            public CompletableFuture<Attachment> copyIn(long caseId, Path source) {
                CompletableFuture<Attachment> result = new CompletableFuture<>();
                tasks.run(() -> attachments.join().copyIn(caseId, source), result::complete, result::completeExceptionally);
                return result;
            }

            @Override
            public Path pathOf(long caseId, Attachment attachment) {
                return attachments.join().pathOf(caseId, attachment);
            }
        };
    }

    /** Other cases' open commitments, read on the worker, for proposing a date. */
    static Workload workload(BackgroundTasks tasks, CaseStore store) {
        return caseId -> {
            CompletableFuture<List<ZonedDateTime>> result = new CompletableFuture<>();
            tasks.run(() -> store.openCommitmentDates(caseId), result::complete, result::completeExceptionally);
            return result;
        };
    }

    /** Where exported summaries and drafts are written: privately, atomically, in the data folder's exports. */
    static SummaryViewModel.ExportFiles exportFiles(CompletableFuture<Path> dataDir) {
        return new SummaryViewModel.ExportFiles() {
            @Override
            public void write(Path target, byte[] content) throws java.io.IOException {
                PrivateFiles.writeAtomically(target, content);
            }

            @Override
            public Path draftsFolder() throws java.io.IOException {
                Path folder = dataDir.join().resolve("exports");
                PrivateFiles.directory(folder);
                return folder;
            }
        };
    }
}
