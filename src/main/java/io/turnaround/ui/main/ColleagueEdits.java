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
    public Function<CaseMerge.Conflict, Object> decide(List<CaseMerge.Conflict> conflicts) {
        Map<String, Object> kept = new HashMap<>();
        for (CaseMerge.Conflict c : conflicts) {
            int choice = dialogs.choose(i18n.get("merge.title"), i18n.get("merge.question", field(c.path()), shown(c.mine()),
                    shown(c.theirs())), List.of(i18n.get("merge.keep-mine"), i18n.get("merge.keep-theirs")));
            kept.put(c.path(), choice == 1 ? c.theirs() : c.mine());
        }
        return c -> kept.containsKey(c.path()) ? kept.get(c.path()) : c.mine();
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
