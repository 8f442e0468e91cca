package io.turnaround.ui.ask;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.Question;
import io.turnaround.domain.QuestionKind;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The questions, the customer's problems in priority order, and the check-downs. */
public final class AskView extends VBox {
    private final AskViewModel vm;

    public AskView(AskViewModel vm, I18n i18n, Forms forms) {
        super();
        Gap.M.applyTo(this);
        this.vm = vm;
        getStyleClass().add("step-body");
        VBox questions = Gap.M.vbox(forms.sectionTitle("ask.questions.title"));
        for (QuestionKind kind : vm.standingQuestions()) {
            String key = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
            TextArea answer = forms.textArea("ask-" + key, vm.answerProperty(kind), 2);
            answer.setPromptText(i18n.get("ask.answer.prompt"));
            questions.getChildren().add(forms.field("ask.question." + key, answer, Question.class, "answer"));
        }
        VBox custom = Gap.M.vbox();
        vm.customQuestions().forEach(q -> custom.getChildren().add(customField(q, forms)));
        vm.customQuestions().addListener((ListChangeListener<Question>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(q -> custom.getChildren().add(customField(q, forms)));
            }
        });
        TextField newQuestion = new TextField();
        newQuestion.setId("ask-new-question");
        newQuestion.setPromptText(i18n.get("ask.question.new.prompt"));
        newQuestion.textProperty().bindBidirectional(vm.questionLine().textProperty());
        newQuestion.setOnAction(e -> vm.questionLine().enter());
        questions.getChildren().addAll(custom, forms.field("ask.question.new", newQuestion));
        VBox restating = Gap.M.vbox(forms.sectionTitle("ask.problems.title"), new ProblemsPane(vm, i18n, forms),
                forms.sectionTitle("ask.checkdowns.title"), new CheckDownsPane(vm, i18n, forms));
        // Two columns: the questions beside what they turn into, so a laptop screen shows both.
        getChildren().addAll(forms.hint("ask.guidance"), Forms.row(questions, restating));
    }

    private VBox customField(Question q, Forms forms) {
        TextArea answer = forms.textArea("ask-custom-" + q.id(), vm.customAnswerProperty(q), 2);
        return forms.labelledField(q.text(), answer, Question.class, "answer");
    }
}
