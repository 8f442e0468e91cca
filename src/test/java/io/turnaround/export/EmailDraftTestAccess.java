package io.turnaround.export;

/** Lets tests of other packages read an email draft's decoded text. */
public final class EmailDraftTestAccess {
    private EmailDraftTestAccess() {
    }

    public static String bodies(byte[] eml) throws Exception {
        return EmailDraftTest.bodiesOf(eml);
    }
}
