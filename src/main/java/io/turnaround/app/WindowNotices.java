package io.turnaround.app;

import io.turnaround.ui.common.I18n;
import io.turnaround.ui.main.MainViewModel;
import javafx.stage.Stage;

/**
 * What the window says on its own: at startup, the promises and complaint letters overdue or due soon; in a team library,
 * what colleagues hand over or mark done. Each notice opens what it speaks of.
 */
final class WindowNotices {
    private final Stage stage;
    private final MainViewModel main;
    private final I18n i18n;

    WindowNotices(Stage stage, MainViewModel main, I18n i18n) {
        this.stage = stage;
        this.main = main;
        this.i18n = i18n;
    }

    /** At startup, a notification says what is overdue or due today; clicking it opens the list of what is due. */
    void duePromisesAfterStart() {
        // Two seconds after the list is up, so that neither the query nor the popup delays the first frame.
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        // A window closed within those two seconds has stopped its worker: nothing is asked of it then.
        later.setOnFinished(done -> {
            if (stage.isShowing()) {
                countDue();
            }
        });
        later.play();
    }

    /**
     * In a team library: a case a colleague hands to this manager, or a promise of theirs a colleague marks done, is
     * said at once; clicking the notice opens the case.
     */
    void fromColleagues() {
        main.fromColleagueProperty().addListener((o, was, news) -> {
            if (news != null && stage.isShowing()) {
                boolean handed = news.kind() == io.turnaround.ui.main.FromColleague.Kind.HANDED_OVER;
                org.controlsfx.control.Notifications.create().owner(stage).title(i18n.get(handed ? "handed.title" : "done.title"))
                        .text(handed ? i18n.get("handed.text", news.by(), news.reference(), news.customer())
                                : i18n.get("done.text", news.by(), news.what(), news.reference(), news.customer()))
                        .hideAfter(javafx.util.Duration.seconds(12)).onAction(e -> main.open(news.caseId())).showInformation();
            }
        });
    }

    private void countDue() {
        main.due().countByGroup().thenAccept(counts -> {
            long overdue = counts.getOrDefault(io.turnaround.domain.DueGroup.OVERDUE, 0L);
            long today = counts.getOrDefault(io.turnaround.domain.DueGroup.TODAY, 0L);
            if (overdue + today > 0 && stage.isShowing()) {
                org.controlsfx.control.Notifications.create().owner(stage).title(i18n.get("due.notify.title"))
                        .text(i18n.get("due.notify.text", overdue, today)).hideAfter(javafx.util.Duration.seconds(12))
                        .onAction(e -> main.show(io.turnaround.ui.main.Page.Kind.DUE)).showWarning();
            }
        });
        // Regulated complaints: a letter overdue, or due within the week.
        main.due().countComplaintsDue().thenAccept(n -> {
            if (n[1] > 0 && stage.isShowing()) {
                org.controlsfx.control.Notifications.create().owner(stage).title(i18n.get("due.complaints.notify.title"))
                        .text(i18n.get("due.complaints.notify.text", n[0], n[1] - n[0])).hideAfter(javafx.util.Duration.seconds(12))
                        .onAction(e -> main.show(io.turnaround.ui.main.Page.Kind.DUE)).showWarning();
            }
        });
    }
}
