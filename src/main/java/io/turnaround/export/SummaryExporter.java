package io.turnaround.export;

import io.turnaround.domain.ActionSide;
import io.turnaround.domain.ActionState;
import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CustomerProblem;
import io.turnaround.domain.Fact;
import io.turnaround.domain.FactKind;
import io.turnaround.domain.Party;
import io.turnaround.domain.Prevention;
import io.turnaround.domain.PreventionAction;
import io.turnaround.domain.Side;
import io.turnaround.export.pdf.PdfFonts;
import io.turnaround.export.pdf.SummaryPdf;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The one entry to customer documents, for the window and the command line alike: the covering text, the PDF
 * and the email draft of a case. The fonts arrive from a background load; exporting before they are ready waits.
 */
public final class SummaryExporter {
    /** A rendered summary and the file name it is offered under. */
    public record Pdf(CustomerSummary summary, byte[] bytes, String fileName) {
    }

    private final Supplier<CompletableFuture<PdfFonts>> fonts;
    /** The app's own language (the documents' when neither the case nor the sender names one). */
    private final Locale locale;
    private final ZoneId zone;
    private final Map<Locale, SummaryText> texts = new ConcurrentHashMap<>();
    private final CustomerView view = new CustomerView();
    private SummaryPdf renderer;
    private byte[] rendererLogo;

    /** @param fonts asked for when an export needs them; may start their loading */
    public SummaryExporter(Supplier<CompletableFuture<PdfFonts>> fonts, Locale locale, ZoneId zone) {
        this.fonts = fonts;
        // The words of each language are read when a document first needs them, not while the window is being built.
        this.locale = locale;
        this.zone = zone;
    }

    /** The words and formats of customer documents in a language. */
    public SummaryText text(Locale language) {
        return texts.computeIfAbsent(language, l -> new SummaryText(l, zone));
    }

    /** The language of the case's documents: the case's own, else the sender's default (Settings), else the app's. */
    public Locale language(CaseFile c, Sender sender) {
        String tag = !c.approval().language().isBlank() ? c.approval().language() : sender.language();
        return tag.isBlank() ? locale : Locale.forLanguageTag(tag);
    }

    public CoverLetter coverLetter(Locale language) {
        return new CoverLetter(text(language), view);
    }

    /**
     * Exports a case a number of times and throws the results away, so that the first real export finds the fonts
     * parsed, the logo compressed, the JSON mappers built and the code compiled. Called once in the background
     * after startup; exports requested meanwhile are not held up by it.
     */
    /**
     * Enough for the client compiler the installed app runs with (-XX:TieredStopAtLevel=1) to compile the paths: more
     * rounds made the first export no faster, only the heap's peak higher.
     */
    private static final int WARM_UP_ROUNDS = 6;

    public void warmUp(CaseFile example, byte[] logo) {
        CaseFile[] cases = {example, warmUpCase()};
        try {
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                CaseFile c = cases[i % 2];
                pdf(c, null, "Warm-up", logo, null, Instant.EPOCH);
                coverLetter().draft(c, Sender.company("Warm-up"));
                email(pdf(c, null, "Warm-up", logo, "Warm-up", Instant.EPOCH));
            }
        } catch (IOException | RuntimeException e) {
            // warming up is an optimisation: a real export reports its own errors
        }
        // The code is warm now; the fonts of other scripts come back when a case needs them.
        fonts.get().thenAccept(PdfFonts::releaseFallbacks);
    }

    /** A case with something in every section, in several scripts, to warm up every path of the layout. */
    private static CaseFile warmUpCase() {
        String words = "Zoë Ångström-Øster 王小明 Дмитрий محمد דוד";
        List<Party> parties = List.of(new Party(null, "Zoë Ångström-Øster", "Fire Department", "Deputy Chief", "zoe@example.org", "",
                Side.CUSTOMER, true), new Party(null, "王小明", "Garments", "Head of Production", "", "", Side.OUR_FIRM, true));
        List<Fact> facts = new ArrayList<>();
        List<PreventionAction> actions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            facts.add(new Fact(null, LocalDate.of(2026, 1, 1 + i), null, "Fact " + i + ": " + words, Side.CUSTOMER, "Evidence " + words,
                    List.of(), i % 2 == 0, FactKind.FACT));
            actions.add(new PreventionAction(null, "Action " + i + " " + words, ActionSide.OURS, "Owner", LocalDate.of(2026, 2, 1 + i),
                    ActionState.PLANNED, false, false, null, List.of()));
        }
        CaseFile c = CaseFile.start("T-0000-0000", "Warm-up " + words, "Warm-up", Instant.EPOCH);
        return c.withParties(parties).withFacts(facts)
                .withAsk(c.ask().withProblems(List.of(new CustomerProblem(null, words), new CustomerProblem(null, "Second " + words))))
                .withConclusions(c.conclusions().withAcceptedBlame(words).withStaffDeviation(words))
                .withResolution(c.resolution().withRemedy(words).withRequestedRemedy(words))
                .withPrevention(new Prevention(actions, words));
    }

    /** Completes when the fonts are loaded, starting their loading if need be: await it before exporting on a busy thread. */
    public CompletableFuture<Void> ready() {
        return fonts.get().thenApply(f -> null);
    }

    public SummaryText text() {
        return text(locale);
    }

    public CoverLetter coverLetter() {
        return new CoverLetter(text(), view);
    }

    /** With the firm's name alone as sender (nobody named to sign). */
    public Pdf pdf(CaseFile c, Integer revision, String companyName, byte[] logo, String coverText, Instant now) throws IOException {
        return pdf(c, revision, Sender.company(companyName), logo, coverText, now);
    }

    /**
     * @param revision   a sent revision's number, or null for the case as it stands
     * @param coverText  the covering text as edited, or null for the case's own (typed, or else drafted); ignored for a
     *                   revision, whose covering text is the one it was sent with
     * @param logo       the letterhead logo's bytes, or null for the default logo
     */
    public Pdf pdf(CaseFile c, Integer revision, Sender sender, byte[] logo, String coverText, Instant now) throws IOException {
        CustomerSummary summary = summary(c, revision, sender, coverText, now);
        byte[] bytes = renderer(logo).render(summary, text(summary.language()));
        return new Pdf(summary, bytes, fileName(summary));
    }

    /**
     * What the document of the case as it stands ({@code revision} null), or of revision N as it was sent, is made of.
     * A revision's document comes wholly from that revision — sections, people, agreement and covering text — never
     * from later edits of the case.
     */
    public CustomerSummary summary(CaseFile c, Integer revision, Sender sender, String coverText, Instant now) {
        CaseFile content = view.project(c);
        ApprovalRevision shown;
        String cover;
        Locale language;
        if (revision != null) {
            shown = c.approval().revision(revision)
                    .orElseThrow(() -> new IllegalArgumentException("Case " + c.header().reference() + " has no revision " + revision));
            CustomerView.Frozen frozen = view.thaw(shown.frozenContent());
            content = asSent(content, frozen);
            language = frozen.language() != null && !frozen.language().isBlank() ? Locale.forLanguageTag(frozen.language())
                    : language(c, sender);
            cover = frozen.coverText() != null ? frozen.coverText() : coverLetter(language).draft(content, sender);
        } else {
            language = language(c, sender);
            cover = coverText != null ? coverText : cover(c, sender);
            // The latest revision is shown by number when the case has not changed since it was sent.
            CustomerView.FrozenRevision current = view.freeze(c, cover);
            shown = c.approval().latest().filter(r -> view.sameAs(new CustomerView.ApprovalRevisionContent(r.frozenContent(), r.sha256()),
                    current)).orElse(null);
        }
        ApprovalRevision r = shown;
        List<Party> people = content.parties();
        Optional<Party> responder = r == null ? Optional.empty()
                : people.stream().filter(p -> p.id().equals(r.responderPartyId())).findFirst();
        return new CustomerSummary(content, sender, r == null ? 0 : r.number(), r == null ? ApprovalResponse.PENDING : r.response(),
                responder, r == null ? null : r.respondedAt(), now, cover, language);
    }

    /** The customer's projection with what a revision froze in place of the case's current parts. */
    private static CaseFile asSent(CaseFile projected, CustomerView.Frozen frozen) {
        CaseFile c = projected.withFacts(frozen.facts()).withConclusions(frozen.conclusions())
                .withResolution(frozen.resolution()).withPrevention(frozen.prevention());
        if (frozen.parties() != null) {
            c = c.withParties(frozen.parties());
        }
        if (frozen.ask() != null) {
            c = c.withAsk(frozen.ask());
        }
        if (frozen.produce() != null) {
            c = c.withProduce(frozen.produce());
        }
        return c.withHeader(c.header().withSubject(frozen.subject()).withCustomerOrganisation(frozen.customerOrganisation()));
    }

    /** The covering text of the case as it stands: as the manager typed it, or else a draft from the case. */
    public String cover(CaseFile c, Sender sender) {
        String typed = c.approval().coverText();
        return typed.isBlank() ? coverLetter(language(c, sender)).draft(c, sender) : typed;
    }

    /** The revision that sending the case now freezes: every part its document shows, the covering text included. */
    public CustomerView.FrozenRevision freeze(CaseFile c, Sender sender) {
        return view.freeze(c, cover(c, sender), language(c, sender).toLanguageTag());
    }

    public EmailDraft.Result email(Pdf pdf) throws IOException {
        return new EmailDraft(text(pdf.summary().language())).write(pdf.summary(), pdf.bytes(), pdf.fileName());
    }

    /** A complaint letter of the case as it stands, in the case's summary language (internal fields are not in it). */
    public ComplaintLetter letter(CaseFile c, io.turnaround.domain.LetterKind kind, io.turnaround.domain.ComplaintRules rules,
                                  Sender sender, Instant now) {
        return ComplaintLetter.draft(c, kind, rules, sender, text(language(c, sender)), view, now);
    }

    /** The letter as a PDF/A document with the letterhead of the summary; {@code body} as edited, or null for the draft's. */
    public byte[] letterPdf(ComplaintLetter letter, byte[] logo) throws IOException {
        return new io.turnaround.export.pdf.LetterPdf(fonts.get().join(), logo).render(letter, text(letter.language()));
    }

    /** The letter as an email draft (.eml) to the people chosen on the case, the PDF attached. */
    public EmailDraft.Result letterEmail(ComplaintLetter letter, byte[] pdf) throws IOException {
        return new EmailDraft(text(letter.language())).writeLetter(letter, pdf);
    }

    /** The agreed next contact as an iCalendar invitation, in the summary's language; empty without a next contact. */
    public Optional<String> invitation(CustomerSummary summary) {
        return new Invitation(text(summary.language())).ics(summary);
    }

    /** The renderer of the last export is kept while the logo is the same: it holds the logo already compressed. */
    private synchronized SummaryPdf renderer(byte[] logo) {
        if (renderer == null || !java.util.Arrays.equals(rendererLogo, logo)) {
            renderer = new SummaryPdf(fonts.get().join(), logo);
            rendererLogo = logo == null ? null : logo.clone();
        }
        return renderer;
    }

    /** The name a summary of this case (or of revision N) is offered under. Projects the case: call off the UI thread. */
    public String fileName(CaseFile c, Integer revision) {
        return fileName(summary(c, revision, Sender.company(""), null, Instant.EPOCH));
    }

    /** "T-2026-0007-summary-rev2.pdf": the reference and revision, safe on every file system. */
    public static String fileName(CustomerSummary s) {
        String ref = s.reference().replaceAll("[^A-Za-z0-9._-]", "_");
        return (ref.isEmpty() ? "case" : ref) + "-summary" + (s.revision() == 0 ? "-draft" : "-rev" + s.revision()) + ".pdf";
    }
}
