package io.turnaround.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One point of the timeline, from the first moment the issue touched the firm until it left it.
 *
 * @param time optional; many facts are known only to the day
 */
public record Fact(
        String id,
        LocalDate date,
        LocalTime time,
        @CustomerVisible String what,
        Side source,
        @CustomerVisible String evidence,
        List<Attachment> attachments,
        boolean verified,
        FactKind kind) {

    public Fact {
        id = id == null ? Ids.newId() : id;
        what = Texts.orEmpty(what);
        source = source == null ? Side.OUR_FIRM : source;
        evidence = Texts.orEmpty(evidence);
        attachments = Texts.copy(attachments);
        kind = kind == null ? FactKind.FACT : kind;
    }
}
