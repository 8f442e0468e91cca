package io.turnaround.ui.main;

import io.turnaround.ui.common.CaseSession;
import io.turnaround.ui.files.FileCommands;
import java.util.function.Consumer;

/**
 * What the menus reach beyond the main window's own pages, wired where the app is put together: dialogs, other windows,
 * the launcher.
 *
 * @param summary the customer summary of an open case (its dialog, the covering text to review)
 * @param savePdf the same dialog, ready to save the PDF (Enter saves)
 * @param email   the same dialog, ready to draft the email to all parties
 * @param complaintRules View › Complaint rules…
 */
public record WindowCommands(Runnable settings, Runnable complaintRules, Runnable complaintRegister, Runnable quit, Consumer<CaseSession> summary, Consumer<CaseSession> savePdf,
                             Consumer<CaseSession> email, FileCommands files, Runnable backups, Runnable guide, Runnable about) {
}
