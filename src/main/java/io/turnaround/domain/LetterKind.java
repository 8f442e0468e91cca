package io.turnaround.domain;

/** The letters a regulated complaint may need, in the order they are usually sent. */
public enum LetterKind {
    /** A prompt written acknowledgement that the complaint was received and is being dealt with. */
    ACKNOWLEDGEMENT,
    /** Why the final response is late, and by when it will come (FCA: 8 weeks or the 15-business-day extension). */
    HOLDING_RESPONSE,
    /** FCA: the complaint resolved by the close of the third business day after receipt (DISP 1.5). */
    SUMMARY_RESOLUTION,
    /** The firm's decision: upheld with redress, redress without accepting, or rejected with reasons. */
    FINAL_RESPONSE
}
