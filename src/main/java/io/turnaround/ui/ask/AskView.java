package io.turnaround.ui.ask;

import io.turnaround.domain.Question;
import io.turnaround.domain.QuestionKind;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import java.util.Locale;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

public final class AskView extends VBox {
    /** Held here: the controls bind to its properties only weakly, and it must live as long as the view. */
    private final AskViewModel vm;

    public AskView(AskViewModel vm, I18n i18n, Forms forms) {
        super(12);
        this.vm = vm;
        getStyleClass().add("step-body");
        getChildren().add(forms.hint("ask.guidance"));
        for (QuestionKind kind : vm.standingQuestions()) {
            String key = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
            TextArea answer = forms.textArea("ask-" + key, vm.answerProperty(kind), 2);
            answer.setPromptText(i18n.get("ask.answer.prompt"));
            getChildren().add(forms.field("ask.question." + key, answer, Question.class, "answer"));
        }
    }
}
