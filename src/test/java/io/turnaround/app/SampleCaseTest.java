package io.turnaround.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.StepCompleteness;
import io.turnaround.export.CustomerView;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCaseTest {
    @TempDir
    Path dir;

    @Test
    void theSampleShowsBothApprovalLoopsWithGenuineRevisions() {
        CaseFile sample = SampleCase.load();
        assertTrue(sample.header().sample());
        assertEquals(CaseStatus.APPROVED, sample.header().status());
        assertEquals(List.of(ApprovalResponse.CHANGES_REQUESTED, ApprovalResponse.APPROVED),
                sample.approval().revisions().stream().map(ApprovalRevision::response).toList());
        for (ApprovalRevision r : sample.approval().revisions()) {
            assertEquals(CustomerView.sha256(r.frozenContent()), r.sha256(), "each revision's hash proves its content");
        }
        assertTrue(sample.approval().revisions().get(0).frozenContent().contains("Re-cure the print"));
        assertTrue(sample.approval().revisions().get(1).frozenContent().contains("Embroider"));
        assertEquals(9, StepCompleteness.completeSteps(sample).size(), "every step done well");
        assertTrue(io.turnaround.domain.ApprovalFlow.warnings(sample).isEmpty(), "nothing missing");
    }

    @Test
    void addedOnceOnFirstRunAndNotAgainAfterItIsDeleted() {
        try (Database db = Database.openIn(dir)) {
            CaseFile added = SampleCase.installOnFirstRun(db, Clock.systemUTC()).orElseThrow();
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            assertEquals(1, repo.list().size());
            assertTrue(repo.list().get(0).sample());
            assertTrue(repo.delete(added.id()), "the sample is easy to delete, approved or not");
            assertTrue(SampleCase.installOnFirstRun(db, Clock.systemUTC()).isEmpty());
            assertEquals(0, repo.list().size());
        }
    }

    @Test
    void notAddedToAFolderThatAlreadyHasCases() {
        try (Database db = Database.openIn(dir)) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            repo.create(CaseFile.start("", "Real case", "Acme", java.time.Instant.now()));
            assertTrue(SampleCase.installOnFirstRun(db, Clock.systemUTC()).isEmpty());
            assertEquals(1, repo.list().size());
        }
    }
}
