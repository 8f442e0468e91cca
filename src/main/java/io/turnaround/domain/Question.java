package io.turnaround.domain;

/**
 * A question asked on the call and the customer's answer in their own terms.
 * Standing questions carry their wording in the UI bundle, so {@code text} is empty for them.
 */
public record Question(String id, QuestionKind kind, @CustomerVisible String text, @CustomerVisible String answer) {
    public Question {
        id = id == null ? Ids.newId() : id;
        kind = kind == null ? QuestionKind.CUSTOM : kind;
        text = Texts.orEmpty(text);
        answer = Texts.orEmpty(answer);
    }

    public Question withAnswer(String value) {
        return new Question(id, kind, text, value);
    }
}
