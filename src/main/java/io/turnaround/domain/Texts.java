package io.turnaround.domain;

import java.util.List;

/** Normalisation shared by the records: absent text is empty, absent lists are empty and immutable. */
final class Texts {
    private Texts() {
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
