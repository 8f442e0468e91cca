package io.turnaround.ui.main;

import io.turnaround.domain.CaseSummary;
import io.turnaround.ui.common.CaseSession;
import io.turnaround.ui.common.DialogService;
import io.turnaround.ui.common.I18n;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The File menu: every command on cases and files a window user needs (the command line's import, export-json,
 * export-pdf, email-draft, backup, backups and restore among them).
 */
final class FileMenu {
    private FileMenu() {
    }

    static Menu build(MainViewModel vm, I18n i18n, WindowCommands commands, DialogService dialogs, Supplier<CaseSummary> selected) {
        MenuItem newCase = item(i18n, "menu.file.new", "menu-new-case", shortcut(KeyCode.N));
        newCase.setOnAction(e -> vm.newCase());
        MenuItem importCase = item(i18n, "menu.file.import", "menu-import", shortcut(KeyCode.O));
        importCase.setOnAction(e -> commands.files().importCase());
        MenuItem exportCase = item(i18n, "menu.file.export", "menu-export",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        exportCase.setOnAction(e -> {
            CaseSession open = vm.openCaseProperty().get();
            CaseSummary chosen = open == null ? selected.get() : null;
            if (open != null) {
                open.flush().thenRun(() -> { }); // what is typed is in the export: it is saved before it is read
                commands.files().exportCase(open.current().id(), open.current().header().reference());
            } else if (chosen != null) {
                commands.files().exportCase(chosen.id(), chosen.reference());
            } else {
                dialogs.inform(i18n.get("files.export.title"), i18n.get("files.export.choose"));
            }
        });
        MenuItem handOver = item(i18n, "menu.file.handover", "menu-handover", null);
        handOver.setOnAction(e -> {
            CaseSession open = vm.openCaseProperty().get();
            CaseSummary chosen = open == null ? selected.get() : null;
            if (open != null) {
                commands.files().handOver(open.current().id(), open.current().header().reference());
            } else if (chosen != null) {
                commands.files().handOver(chosen.id(), chosen.reference());
            } else {
                dialogs.inform(i18n.get("files.handover.title"), i18n.get("files.handover.choose"));
            }
        });
        // Cases have owners in a team library only; the menu offers it when it is open (and the role may change cases).
        handOver.setVisible(false);
        vm.caseList().meProperty().addListener((o, was, me) -> handOver.setVisible(me != null && !me.isEmpty() && vm.isWritable()));
        MenuItem close = item(i18n, "menu.file.close", "menu-close-case", shortcut(KeyCode.W));
        close.setOnAction(e -> vm.closeCase());
        close.disableProperty().bind(vm.openCaseProperty().isNull());
        MenuItem delete = item(i18n, "menu.file.delete", "menu-delete-case", shortcut(KeyCode.DELETE));
        delete.setOnAction(e -> vm.delete(selected.get()));
        delete.disableProperty().bind(vm.openCaseProperty().isNotNull());

        MenuItem summary = item(i18n, "menu.file.summary", "menu-summary", shortcut(KeyCode.E));
        MenuItem pdf = item(i18n, "menu.file.pdf", "menu-save-pdf", shortcut(KeyCode.P));
        MenuItem email = item(i18n, "menu.file.email", "menu-email",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        onOpenCase(summary, vm, commands.summary());
        onOpenCase(pdf, vm, commands.savePdf());
        onOpenCase(email, vm, commands.email());

        MenuItem register = item(i18n, "menu.file.register", "menu-complaint-register", null);
        register.setOnAction(e -> commands.complaintRegister().run());
        MenuItem backups = item(i18n, "menu.file.backups", "menu-backups", null);
        backups.setOnAction(e -> commands.backups().run());
        backups.setDisable(!commands.files().files().hasBackups());
        MenuItem folder = item(i18n, "menu.file.folder", "menu-data-folder", null);
        folder.setOnAction(e -> commands.files().openDataFolder());
        MenuItem quit = item(i18n, "menu.file.quit", "menu-quit", shortcut(KeyCode.Q));
        quit.setOnAction(e -> commands.quit().run());
        return new Menu(i18n.get("menu.file"), null, newCase, importCase, exportCase, handOver, close, delete, new SeparatorMenuItem(),
                summary, pdf, email, register, new SeparatorMenuItem(), backups, folder, new SeparatorMenuItem(), quit);
    }

    private static void onOpenCase(MenuItem item, MainViewModel vm, Consumer<CaseSession> action) {
        item.setOnAction(e -> {
            if (vm.openCaseProperty().get() != null) {
                action.accept(vm.openCaseProperty().get());
            }
        });
        item.disableProperty().bind(vm.openCaseProperty().isNull());
    }

    static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    static MenuItem item(I18n i18n, String key, String id, KeyCombination accelerator) {
        MenuItem item = new MenuItem(i18n.get(key));
        item.setId(id);
        item.setAccelerator(accelerator);
        return item;
    }
}
