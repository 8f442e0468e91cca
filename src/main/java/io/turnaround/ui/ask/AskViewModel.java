package io.turnaround.ui.ask;

import io.turnaround.domain.Question;
import io.turnaround.domain.QuestionKind;
import io.turnaround.ui.common.CaseSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Ask: the customer's answers to the four standing questions. */
public final class AskViewModel {
    private final Map<QuestionKind, StringProperty> answers = new LinkedHashMap<>();

    public AskViewModel(CaseSession session) {
        for (QuestionKind kind : QuestionKind.values()) {
            if (!kind.isStanding()) {
                continue;
            }
            StringProperty answer = new SimpleStringProperty(session.current().ask().answerTo(kind));
            answer.addListener((obs, old, now) -> session.update(c -> c.withAsk(c.ask().withQuestions(withAnswer(
                    c.ask().questions(), kind, now)))));
            answers.put(kind, answer);
        }
    }

    /** Sets the answer of the standing question of that kind, adding the question if it is missing. */
    static List<Question> withAnswer(List<Question> questions, QuestionKind kind, String answer) {
        List<Question> out = new ArrayList<>(questions);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).kind() == kind) {
                out.set(i, out.get(i).withAnswer(answer));
                return out;
            }
        }
        out.add(new Question(null, kind, "", answer));
        return out;
    }

    public StringProperty answerProperty(QuestionKind kind) {
        return answers.get(kind);
    }

    public List<QuestionKind> standingQuestions() {
        return List.copyOf(answers.keySet());
    }
}
