package io.turnaround.domain;

import java.util.ArrayList;
import java.util.List;

/** The Ask step: questions and answers, the prioritised problems, and the check-downs. */
public record Ask(List<Question> questions, List<CustomerProblem> problems, List<CheckDown> checkDowns) {

    public Ask {
        questions = Texts.copy(questions);
        problems = Texts.copy(problems);
        checkDowns = Texts.copy(checkDowns);
    }

    /** A new case starts with the four standing questions, unanswered. */
    public static Ask withStandingQuestions() {
        List<Question> standing = new ArrayList<>();
        for (QuestionKind kind : QuestionKind.values()) {
            if (kind.isStanding()) {
                standing.add(new Question(null, kind, "", ""));
            }
        }
        return new Ask(standing, List.of(), List.of());
    }

    /** The answer to a standing question, or empty when it was not asked. */
    public String answerTo(QuestionKind kind) {
        return questions.stream().filter(q -> q.kind() == kind).map(Question::answer).findFirst().orElse("");
    }

    public Ask withQuestions(List<Question> value) {
        return new Ask(value, problems, checkDowns);
    }

    public Ask withProblems(List<CustomerProblem> value) {
        return new Ask(questions, value, checkDowns);
    }

    public Ask withCheckDowns(List<CheckDown> value) {
        return new Ask(questions, problems, value);
    }
}
