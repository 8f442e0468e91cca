package io.turnaround.ui.main;

import io.turnaround.domain.CaseMerge;
import io.turnaround.ui.common.ConcurrentEdits;
import io.turnaround.ui.common.DialogService;
import io.turnaround.ui.common.I18n;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Asks the manager, in plain words, what to keep where a colleague changed the same field of the open case: their
 * text and the colleague's side by side, "Keep mine" or "Keep theirs" (either can be edited afterwards, as any field).
 */
final class ColleagueEdits implements ConcurrentEdits {
    private static final int LONGEST = 300;
    private final DialogService dialogs;
    private final I18n i18n;

    ColleagueEdits(DialogService dialogs, I18n i18n) {
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    @Override
    public Function<CaseMerge.Conflict, Object> decide(List<CaseMerge.Conflict> conflicts, String who, java.time.Instant when) {
        Map<String, Object> kept = new HashMap<>();
        String at = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.SHORT)
                .withLocale(i18n.locale()).withZone(java.time.ZoneId.systemDefault()).format(when);
        String colleague = who.isBlank() ? i18n.get("merge.someone") : who;
        for (CaseMerge.Conflict c : conflicts) {
            boolean texts = c.mine() instanceof String && c.theirs() instanceof String;
            List<String> choices = texts ? List.of(i18n.get("merge.keep-mine"), i18n.get("merge.keep-theirs"), i18n.get("merge.edit"))
                    : List.of(i18n.get("merge.keep-mine"), i18n.get("merge.keep-theirs"));
            String question = i18n.get("merge.question", field(c.path()), shown(c.mine()), shown(c.theirs()), colleague, at);
            int choice = dialogs.choose(i18n.get("merge.title"), question, choices);
            Object value = choice == 1 ? c.theirs() : c.mine();
            if (choice == 2) {
                // A text of one's own, from one's own; theirs is in the question above it.
                value = dialogs.editText(i18n.get("merge.title"), i18n.get("merge.edit.question", field(c.path()), shown(c.theirs()), colleague),
                        (String) c.mine()).<Object>map(t -> t).orElse(c.mine());
            }
            kept.put(c.path(), value);
        }
        return c -> kept.containsKey(c.path()) ? kept.get(c.path()) : c.mine();
    }

    @Override
    public boolean whenFree(Runnable ask) {
        return dialogs.whenNotTyping(ask);
    }

    @Override
    public void approvedMeanwhile(List<CaseMerge.Conflict> notSaved) {
        StringBuilder lines = new StringBuilder();
        for (CaseMerge.Conflict c : notSaved) {
            lines.append("\n").append(field(c.path())).append(": ").append(shown(c.mine()));
        }
        dialogs.inform(i18n.get("merge.approved.title"), i18n.get("merge.approved.text", lines.toString()));
    }

    /** "ask.questions[q-1].answer" as "Ask › questions › answer". */
    static String field(String path) {
        String plain = path.replaceAll("\\[[^]]*]", "").replace(".", " \u203a ");
        return plain.isEmpty() ? plain : Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
    }

    private String shown(Object value) {
        if (value == null) {
            return i18n.get("merge.deleted");
        }
        String text = value.toString();
        return "\u201c" + (text.length() > LONGEST ? text.substring(0, LONGEST) + "\u2026" : text) + "\u201d";
    }
}
