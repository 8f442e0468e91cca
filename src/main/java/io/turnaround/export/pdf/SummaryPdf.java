package io.turnaround.export.pdf;

import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Conclusions;
import io.turnaround.domain.CustomerProblem;
import io.turnaround.domain.Fact;
import io.turnaround.domain.FactKind;
import io.turnaround.domain.FairnessPrinciple;
import io.turnaround.domain.Party;
import io.turnaround.domain.PreventionAction;
import io.turnaround.domain.Resolution;
import io.turnaround.domain.Scenario;
import io.turnaround.export.CustomerSummary;
import io.turnaround.export.SummaryText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;

/**
 * The customer summary as a PDF/A-2u document, in METHOD.md's order: letterhead, covering text, who it goes to,
 * what the customer told us, Facts, Conclusions, Immediate resolution, Prevention, the next contact, Approval.
 * Everything drawn comes from a {@link CustomerSummary}, whose case has no internal fields.
 */
public final class SummaryPdf {
    private final PdfFonts fonts;
    private final LogoImage logo;
    /** The words of the document being rendered (render is serialised). */
    private SummaryText text;

    /** @param logo the letterhead logo (PNG or JPEG bytes), or null for the default one */
    public SummaryPdf(PdfFonts fonts, byte[] logo) {
        this.fonts = fonts;
        this.logo = encode(logo == null ? defaultLogo() : logo);
    }

    /** An unreadable logo must not stop the summary; the company name still heads it. */
    static LogoImage encode(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return LogoImage.encode(bytes);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Renders the document. Serialised: the shared font programs are read while each document's subsets are cut. */
    public byte[] render(CustomerSummary s, SummaryText words) throws IOException {
        // One lock for every document drawn with these fonts (summaries and complaint letters alike).
        synchronized (fonts) {
            return renderLocked(s, words);
        }
    }

    private byte[] renderLocked(CustomerSummary s, SummaryText words) throws IOException {
        this.text = words;
        try (PDDocument document = new PDDocument()) {
            PageFlow flow = new PageFlow(document, new DocumentFonts(document, fonts), ScriptText.isRightToLeftLanguage(words.locale()));
            CaseFile c = s.content();
            letterhead(flow, document, s);
            cover(flow, s);
            distribution(flow, s);
            told(flow, c);
            new AgreementSection(words).draw(flow, c);
            facts(flow, c);
            conclusions(flow, c);
            resolution(flow, c.resolution());
            prevention(flow, c);
            nextContact(flow, c);
            approval(flow, s);
            flow.finish(text.get("summary.footer", s.reference(), revisionLabel(s)), text.get("summary.page"));
            document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            String title = text.get("summary.title", s.reference())
                    + (c.header().subject().isBlank() ? "" : " — " + ScriptText.clean(c.header().subject()));
            flow.finishTags(title);
            PdfArchive.mark(document, title, ScriptText.clean(s.companyName()), text.locale().toLanguageTag(), s.issuedAt());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return flow.drewPresentationForms() || !flow.drawnSequences().isEmpty()
                    ? LogicalUnicode.restore(out.toByteArray(), flow.drawnSequences()) : out.toByteArray();
        }
    }

    private void letterhead(PageFlow flow, PDDocument document, CustomerSummary s) throws IOException {
        float logoHeight = logo == null ? 0 : flow.image(logo.in(document), 150, 42,
                s.companyName().isBlank() ? text.get("summary.logo") : text.get("summary.logo.of", ScriptText.clean(s.companyName())));
        if (!s.companyName().isBlank()) {
            flow.rightAligned(s.companyName(), PageFlow.HEADING, 18);
        }
        flow.gap(Math.max(logoHeight, 24));
        flow.rule();
        flow.paragraph(text.get("summary.title", s.reference()), PageFlow.TITLE, 0);
        if (!s.content().header().subject().isBlank()) {
            flow.paragraph(s.content().header().subject(), PageFlow.STRONG, 0);
        }
        flow.gap(4);
        List<String> meta = new ArrayList<>();
        meta.add(text.get("summary.date") + ": " + text.date(s.issuedAt()));
        meta.add(revisionLabel(s));
        if (!s.content().header().customerOrganisation().isBlank()) {
            meta.add(text.get("summary.customer") + ": " + s.content().header().customerOrganisation());
        }
        flow.paragraph(String.join("\n", meta), PageFlow.SMALL, 0);
        flow.gap(10);
    }

    private void cover(PageFlow flow, CustomerSummary s) {
        if (!s.coverText().isBlank()) {
            flow.paragraph(s.coverText(), PageFlow.BODY, 0);
        }
    }

    private void distribution(PageFlow flow, CustomerSummary s) {
        flow.heading(text.get("summary.distributed"));
        List<List<String>> rows = s.distributedTo().stream()
                .map(p -> List.of(p.name(), p.role(), organisation(p))).toList();
        flow.table(new float[] {3, 3, 3}, List.of(text.get("summary.distributed.name"), text.get("summary.distributed.role"),
                text.get("summary.distributed.organisation")), rows);
    }

    private String organisation(Party p) {
        return p.organisation().isBlank() ? text.enumName(p.side()) : p.organisation();
    }

    private void told(PageFlow flow, CaseFile c) {
        List<CustomerProblem> problems = c.ask().problems().stream().filter(p -> !p.text().isBlank()).toList();
        String remedy = c.resolution().requestedRemedy();
        if (problems.isEmpty() && remedy.isBlank()) {
            return;
        }
        flow.heading(text.get("summary.told"));
        if (!problems.isEmpty()) {
            flow.subheading(text.get("summary.told.problems"));
            flow.beginList();
            for (int i = 0; i < problems.size(); i++) {
                flow.bullet((i + 1) + ".", problems.get(i).text(), PageFlow.BODY, 12);
            }
            flow.endList();
            flow.gap(4);
        }
        flow.labelled(text.get("summary.told.remedy"), remedy);
    }

    private void facts(PageFlow flow, CaseFile c) {
        flow.heading(text.get("summary.facts"));
        List<Fact> sorted = c.facts().stream()
                .sorted(Comparator.comparing(Fact::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Fact::time, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        List<List<String>> rows = sorted.stream().filter(f -> f.kind() == FactKind.FACT).map(this::factRow).toList();
        if (rows.isEmpty()) {
            flow.paragraph(text.get("summary.facts.none"), PageFlow.BODY, 0);
        } else {
            flow.table(new float[] {2.2f, 5f, 1.6f, 3.2f}, List.of(text.get("summary.facts.when"), text.get("summary.facts.what"),
                    text.get("summary.facts.source"), text.get("summary.facts.evidence")), rows);
        }
        List<Fact> opinions = sorted.stream().filter(f -> f.kind() == FactKind.OPINION && !f.what().isBlank()).toList();
        if (!opinions.isEmpty()) {
            flow.subheading(text.get("summary.facts.opinions"));
            flow.beginList();
            opinions.forEach(o -> flow.bullet("•", o.what() + " (" + text.enumName(o.source()) + ")", PageFlow.BODY, 12));
            flow.endList();
        }
    }

    private List<String> factRow(Fact f) {
        String when = f.date() == null ? text.get("summary.facts.unknown") : text.dateTime(f.date(), f.time());
        String what = f.verified() ? f.what() : f.what() + "\n(" + text.get("summary.facts.unverified") + ")";
        String evidence = f.evidence();
        if (!f.attachments().isEmpty()) {
            String names = f.attachments().stream().map(a -> a.originalName()).collect(Collectors.joining(", "));
            evidence = (evidence.isBlank() ? "" : evidence + "\n") + text.get("summary.facts.attached", names);
        }
        return List.of(when, what, text.enumName(f.source()), evidence);
    }

    private void conclusions(PageFlow flow, CaseFile c) {
        Conclusions k = c.conclusions();
        flow.heading(text.get("summary.conclusions"));
        c.facts().stream().filter(f -> f.id().equals(k.breakdownFactId())).findFirst().ifPresent(f ->
                flow.labelled(text.get("summary.conclusions.breakdown"),
                        (f.date() == null ? "" : text.dateTime(f.date(), f.time()) + ": ") + f.what()));
        flow.labelled(text.get("summary.conclusions.staff"), k.staffDeviation());
        flow.labelled(text.get("summary.conclusions.customer"), k.customerDeviation());
        flow.labelled(text.get("summary.conclusions.told"), k.canBeTold());
        List<Scenario> scenarios = k.scenarios().stream().filter(s -> !s.description().isBlank()).toList();
        if (!scenarios.isEmpty()) {
            flow.subheading(text.get("summary.conclusions.scenarios"));
            flow.beginList();
            for (Scenario s : scenarios) {
                String verdict = text.get(s.kept() ? "summary.conclusions.kept" : "summary.conclusions.eliminated");
                flow.bullet("•", s.description() + " — " + verdict + (s.reason().isBlank() ? "" : ": " + s.reason()), PageFlow.BODY, 12);
            }
            flow.endList();
            flow.gap(4);
        }
        flow.labelled(text.get("summary.conclusions.responsibility"), text.enumName(k.responsibility()));
        flow.labelled(text.get("summary.conclusions.blame"), k.acceptedBlame());
    }

    private void resolution(PageFlow flow, Resolution r) {
        flow.heading(text.get("summary.resolution"));
        flow.labelled(text.get("summary.resolution.remedy"), r.remedy());
        if (r.principle() != FairnessPrinciple.NONE) {
            flow.labelled(text.get("summary.resolution.principle"), text.get("principle.sentence." + r.principle().name().toLowerCase(Locale.ROOT)));
        }
        List<String> costs = new ArrayList<>();
        if (r.ourCost() != null) {
            costs.add(text.get("summary.resolution.ours", text.get("summary.resolution.us"), text.money(r.ourCost(), r.currency())));
        }
        if (r.customerCost() != null) {
            costs.add(text.get("summary.resolution.yours", text.money(r.customerCost(), r.currency())));
        }
        flow.labelled(text.get("summary.resolution.costs"), String.join("\n", costs));
        flow.labelled(text.get("summary.resolution.invoice"), r.invoiceLine());
        flow.labelled(text.get("summary.resolution.terms"), r.termsReferences());
    }

    private void prevention(PageFlow flow, CaseFile c) {
        flow.heading(text.get("summary.prevention"));
        List<PreventionAction> actions = c.prevention().actions().stream().filter(a -> !a.what().isBlank()).toList();
        if (actions.isEmpty()) {
            flow.paragraph(text.get("summary.prevention.none"), PageFlow.BODY, 0);
        } else {
            flow.table(new float[] {4.4f, 2f, 2.2f, 2f, 1.5f}, List.of(text.get("summary.prevention.action"),
                    text.get("summary.prevention.side"), text.get("summary.prevention.owner"), text.get("summary.prevention.due"),
                    text.get("summary.prevention.state")), actions.stream().map(a -> List.of(a.what(), text.enumName(a.side()),
                    a.owner(), text.date(a.dueOn()), text.enumName(a.state()))).toList());
        }
        flow.labelled(text.get("summary.prevention.authority"), c.prevention().customerAuthority());
    }

    private void nextContact(PageFlow flow, CaseFile c) {
        flow.heading(text.get("summary.next"));
        flow.paragraph(c.produce().nextContact()
                .map(n -> text.get("summary.next.line", n.what().isBlank() ? text.get("summary.next") : n.what(),
                        n.owner().isBlank() ? text.get("summary.unknown") : n.owner(), text.dateTime(n.dueAt())))
                .orElse(text.get("summary.next.none")), PageFlow.BODY, 0);
    }

    private void approval(PageFlow flow, CustomerSummary s) {
        flow.heading(text.get("summary.approval"));
        String who = s.responder().map(Party::name).filter(n -> !n.isBlank()).orElse(text.get("summary.unknown"));
        String when = text.date(s.respondedAt());
        if (s.response() == ApprovalResponse.APPROVED) {
            flow.paragraph(text.get("summary.approval.approved", who, when), PageFlow.STRONG, 0);
            return;
        }
        if (s.response() == ApprovalResponse.CHANGES_REQUESTED || s.response() == ApprovalResponse.REJECTED) {
            flow.paragraph(text.get(s.response() == ApprovalResponse.REJECTED ? "summary.approval.rejected" : "summary.approval.changes",
                    who, when), PageFlow.STRONG, 0);
            String comments = s.content().approval().revisions().stream().filter(r -> r.number() == s.revision())
                    .map(r -> r.comments()).findFirst().orElse("");
            flow.labelled(text.get("summary.approval.comments"), comments);
            return;
        }
        flow.paragraph(text.get("summary.approval.request"), PageFlow.BODY, 0);
        flow.gap(14);
        flow.paragraph(text.get("summary.approval.statement"), PageFlow.STRONG, 0);
        flow.gap(10);
        String approver = s.approver().map(p -> p.name() + (p.organisation().isBlank() ? "" : ", " + p.organisation())).orElse("");
        flow.signatureLine(text.get("summary.approval.name"), approver);
        flow.signatureLine(text.get("summary.approval.on"), "");
        flow.signatureLine(text.get("summary.approval.signature"), "");
    }

    private String revisionLabel(CustomerSummary s) {
        return s.revision() == 0 ? text.get("summary.revision.draft") : text.get("summary.revision.number", s.revision());
    }

    static byte[] defaultLogo() {
        try (InputStream in = SummaryPdf.class.getResourceAsStream("/io/turnaround/letterhead/default-logo.png")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
