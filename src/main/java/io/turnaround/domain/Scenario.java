package io.turnaround.domain;

import java.util.List;

/**
 * A possible explanation of what happened, kept or eliminated against the evidence.
 *
 * @param evidenceFactIds the facts that support keeping or eliminating it
 */
public record Scenario(String id, @CustomerVisible String description, boolean kept, @CustomerVisible String reason, List<String> evidenceFactIds) {
    public Scenario {
        id = id == null ? Ids.newId() : id;
        description = Texts.orEmpty(description);
        reason = Texts.orEmpty(reason);
        evidenceFactIds = Texts.copy(evidenceFactIds);
    }
}
