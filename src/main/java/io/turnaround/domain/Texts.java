package io.turnaround.domain;

import java.util.List;

/** Normalisation shared by the records: absent text is empty, absent lists are empty and immutable. */
final class Texts {
    private Texts() {
    }

    /**
     * Absent text is empty; an unpaired surrogate (half of a character, as a broken paste can leave) becomes
     * U+FFFD, as it has no UTF-8 form and could not be stored or exported as it is.
     */
    static String orEmpty(String s) {
        if (s == null) {
            return "";
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isSurrogate(ch)) {
                boolean paired = Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (!paired) {
                    return replaceUnpaired(s);
                }
                i++;
            }
        }
        return s;
    }

    private static String replaceUnpaired(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(ch).append(s.charAt(++i));
            } else {
                b.append(Character.isSurrogate(ch) ? '\uFFFD' : ch);
            }
        }
        return b.toString();
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
