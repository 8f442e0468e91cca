package io.turnaround.domain;

/** Which side of the complaint a party, a fact's source or an action belongs to. */
public enum Side {
    CUSTOMER,
    OUR_FIRM,
    THIRD_PARTY
}
