package io.turnaround.cli;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Settings;
import io.turnaround.export.CustomerSummary;
import io.turnaround.export.EmailDraft;
import io.turnaround.export.Letterhead;
import io.turnaround.export.Sender;
import io.turnaround.export.SummaryExporter;
import io.turnaround.export.pdf.PdfFonts;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import io.turnaround.store.PrivateFiles;
import io.turnaround.store.SettingsRepository;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** {@code export-pdf} and {@code email-draft}: the customer summary without the window. */
final class SummaryCommands {
    private final Supplier<Database> opener;
    /** The data folder, which holds the letterhead logo (also for a team library). */
    private final java.nio.file.Path dataDir;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    SummaryCommands(Supplier<Database> opener, java.nio.file.Path dataDir, PrintStream out, PrintStream err, Clock clock) {
        this.dataDir = dataDir;
        this.opener = opener;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** A summary command's {@code ID --out FILE [--revision N]}, as read by {@link Commands}. */
    record Arguments(long id, Path outFile, Integer revision) {
    }

    /** What a summary command writes. */
    private enum Output { PDF, EMAIL, INVITATION }

    int exportPdf(Arguments args) {
        return export(args, Output.PDF);
    }

    int emailDraft(Arguments args) {
        return export(args, Output.EMAIL);
    }

    int exportIcs(Arguments args) {
        return export(args, Output.INVITATION);
    }

    private int export(Arguments args, Output output) {
        CaseFile c;
        Settings settings;
        byte[] logo;
        try (Database db = opener.get()) {
            Optional<CaseFile> found = new CaseRepository(db, clock).load(args.id());
            if (found.isEmpty()) {
                err.println("turnaround: no case with id " + args.id());
                return Cli.FAILED;
            }
            c = found.get();
            settings = new SettingsRepository(db).load();
            logo = Letterhead.logo(dataDir.toAbsolutePath());
        }
        SummaryExporter exporter = new SummaryExporter(() -> CompletableFuture.completedFuture(PdfFonts.loadBundled()),
                Locale.getDefault(), clock.getZone());
        try {
            if (output == Output.INVITATION) {
                CustomerSummary summary = exporter.summary(c, args.revision(), Sender.of(settings), null, clock.instant());
                Optional<String> ics = exporter.invitation(summary);
                if (ics.isEmpty()) {
                    err.println("turnaround: case " + args.id() + " has no agreed next contact to invite to");
                    return Cli.FAILED;
                }
                PrivateFiles.writeAtomically(args.outFile(), ics.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.println(args.outFile());
                return Cli.OK;
            }
            SummaryExporter.Pdf pdf = exporter.pdf(c, args.revision(), Sender.of(settings), logo, null, clock.instant());
            pastNextContact(pdf.summary());
            if (output == Output.EMAIL) {
                EmailDraft.Result draft = exporter.email(pdf);
                PrivateFiles.writeAtomically(args.outFile(), draft.eml());
                draft.notAddressed().forEach(p -> err.println("turnaround: not addressed (no valid email address): "
                        + (p.name().isBlank() ? p.role() : p.name())));
            } else {
                PrivateFiles.writeAtomically(args.outFile(), pdf.bytes());
            }
            out.println(args.outFile());
            return Cli.OK;
        } catch (IllegalArgumentException e) {
            err.println("turnaround: " + e.getMessage());
            return Cli.FAILED;
        } catch (IOException e) {
            err.println("turnaround: cannot write " + args.outFile() + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }

    /** A next contact in the past reads "we will contact you again by …": said, so the manager agrees a new date. */
    private void pastNextContact(CustomerSummary s) {
        if (s.revision() == 0) {
            s.content().produce().nextContact().filter(n -> n.dueAt().toInstant().isBefore(clock.instant()))
                    .ifPresent(n -> err.println("turnaround: warning: the next contact (" + n.dueAt() + ") is in the past, yet the "
                            + "summary says we will contact them again by then"));
        }
    }
}
