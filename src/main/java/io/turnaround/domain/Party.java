package io.turnaround.domain;

/**
 * A person involved in the case. Everyone involved is copied on the summary unless
 * {@code receivesSummary} is off (METHOD.md: leaving someone out invites politics).
 */
public record Party(
        String id,
        @CustomerVisible String name,
        @CustomerVisible String organisation,
        @CustomerVisible String role,
        @CustomerVisible String email,
        @CustomerVisible String phone,
        Side side,
        boolean receivesSummary) {

    public Party {
        id = id == null ? Ids.newId() : id;
        name = Texts.orEmpty(name);
        organisation = Texts.orEmpty(organisation);
        role = Texts.orEmpty(role);
        email = Texts.orEmpty(email);
        phone = Texts.orEmpty(phone);
        side = side == null ? Side.CUSTOMER : side;
    }
}
