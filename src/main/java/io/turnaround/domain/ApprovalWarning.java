package io.turnaround.domain;

/** What is missing before a resolution goes to the customer: warnings, never a block. */
public enum ApprovalWarning {
    NO_FACTS,
    NO_KEPT_SCENARIO,
    NO_RESPONSIBILITY,
    NO_REMEDY,
    NO_PRINCIPLE,
    NO_PREVENTION,
    ACTION_WITHOUT_OWNER_OR_DUE_DATE,
    NO_APPROVER,
    APPROVER_NOT_ON_CUSTOMER_SIDE,
    NO_NEXT_CONTACT
}
