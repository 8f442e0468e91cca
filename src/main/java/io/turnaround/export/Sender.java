package io.turnaround.export;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Settings;
import io.turnaround.domain.Side;
import java.util.List;
import java.util.stream.Stream;

/**
 * Who a customer document comes from: the firm, and the person who signs the covering letter and sends the email.
 * That person is the manager handling the case (Settings), or one of our firm's parties chosen as signer on the case —
 * never simply whoever of our people was listed first.
 */
public record Sender(String companyName, String name, String title, String email, String language) {
    /** @param language the language customer documents are written in unless the case says otherwise (BCP 47), or empty */
    public Sender {
        companyName = orEmpty(companyName);
        name = orEmpty(name);
        title = orEmpty(title);
        email = orEmpty(email);
        language = orEmpty(language);
    }

    /** A sender writing in the app's own language. */
    public Sender(String companyName, String name, String title, String email) {
        this(companyName, name, title, email, "");
    }

    public static Sender of(Settings s) {
        return new Sender(s.companyName(), s.managerName(), s.managerTitle(), s.managerEmail(), s.summaryLanguage());
    }

    /** The firm alone, with nobody named to sign. */
    public static Sender company(String companyName) {
        return new Sender(companyName, "", "", "");
    }

    /** The signer of this case: the party of our firm chosen on the case, if any, else this sender. */
    public Sender signingFor(CaseFile c) {
        String id = c.approval().signerPartyId();
        return c.parties().stream()
                .filter(p -> p.side() == Side.OUR_FIRM && p.id().equals(id) && !p.name().isBlank())
                .findFirst()
                .map(p -> new Sender(companyName, p.name().strip(), p.role().strip(), p.email().strip(), language))
                .orElse(this);
    }

    /** The lines under "Kind regards": name, title, firm — those that are known. */
    public List<String> signatureLines() {
        return Stream.of(name, title, companyName).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean hasSigner() {
        return !name.isBlank();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
