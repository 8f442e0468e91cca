package io.turnaround.domain;

/** What a Listen note records; claims later become check-downs and unverified facts. */
public enum NoteTag {
    CLAIM,
    EMOTION,
    REQUEST,
    OTHER
}
