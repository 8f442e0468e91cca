package io.turnaround.domain;

/** One of the customer's problems; their order in {@link Ask#problems()} is the agreed priority. */
public record CustomerProblem(String id, @CustomerVisible String text) {
    public CustomerProblem {
        id = id == null ? Ids.newId() : id;
        text = Texts.orEmpty(text);
    }
}
