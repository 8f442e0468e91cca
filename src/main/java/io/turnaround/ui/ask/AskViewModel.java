package io.turnaround.ui.ask;

import io.turnaround.domain.Ask;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CheckDown;
import io.turnaround.domain.CheckDownState;
import io.turnaround.domain.CustomerProblem;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.domain.Question;
import io.turnaround.domain.QuestionKind;
import io.turnaround.domain.DraftField;
import io.turnaround.ui.common.AddLine;
import io.turnaround.ui.common.CaseSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Ask: the four standing questions and the manager's own, the customer's problems in the
 * priority agreed with them, and check-downs — facts restated and confirmed or corrected.
 */
public final class AskViewModel {
    private final CaseSession session;
    private final Map<QuestionKind, StringProperty> answers = new LinkedHashMap<>();
    private final Map<String, StringProperty> customAnswers = new LinkedHashMap<>();
    private final ObservableList<Question> customQuestions = FXCollections.observableArrayList();
    private final ObservableList<CustomerProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<CheckDown> checkDowns = FXCollections.observableArrayList();
    private final ObservableList<Note> claimCandidates = FXCollections.observableArrayList();
    private final AddLine questionLine;
    private final AddLine problemLine;
    private final AddLine checkDownLine;

    public AskViewModel(CaseSession session) {
        this.session = session;
        this.questionLine = new AddLine(session, DraftField.ASK_QUESTION, this::addQuestion);
        this.problemLine = new AddLine(session, DraftField.ASK_PROBLEM, this::addProblem);
        this.checkDownLine = new AddLine(session, DraftField.ASK_CHECK_DOWN, this::addCheckDown);
        Ask ask = session.current().ask();
        for (QuestionKind kind : QuestionKind.values()) {
            if (kind.isStanding()) {
                StringProperty answer = new SimpleStringProperty(ask.answerTo(kind));
                answer.addListener((obs, old, now) -> editAsk(a -> a.withQuestions(withAnswer(a.questions(), kind, now))));
                answers.put(kind, answer);
            }
        }
        ask.questions().stream().filter(q -> !q.kind().isStanding()).forEach(this::showCustom);
        problems.setAll(ask.problems());
        checkDowns.setAll(ask.checkDowns());
        refreshCandidates(session.current());
        session.currentProperty().addListener((obs, old, now) -> {
            if (old == null || !old.listen().notes().equals(now.listen().notes()) || !old.ask().checkDowns().equals(now.ask().checkDowns())) {
                refreshCandidates(now);
            }
        });
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

    /** The "add a question" line: typed text kept as a draft, Enter adds it. */
    public AddLine questionLine() {
        return questionLine;
    }

    public AddLine problemLine() {
        return problemLine;
    }

    public AddLine checkDownLine() {
        return checkDownLine;
    }

    public boolean addQuestion(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        Question q = new Question(null, QuestionKind.CUSTOM, text.strip(), "");
        editAsk(a -> a.withQuestions(append(a.questions(), q)));
        showCustom(q);
        return true;
    }

    private void showCustom(Question q) {
        StringProperty answer = new SimpleStringProperty(q.answer());
        answer.addListener((obs, old, now) -> editAsk(a -> a.withQuestions(a.questions().stream()
                .map(x -> x.id().equals(q.id()) ? x.withAnswer(now) : x).toList())));
        customAnswers.put(q.id(), answer);
        customQuestions.add(q);
    }

    public boolean addProblem(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        problems.add(new CustomerProblem(null, text.strip()));
        saveProblems();
        return true;
    }

    public void removeProblem(int index) {
        if (index >= 0 && index < problems.size()) {
            problems.remove(index);
            saveProblems();
        }
    }

    /** Moves a problem to another place in the priority order (drag and drop, Alt+Up / Alt+Down). */
    public boolean moveProblem(int from, int to) {
        if (from < 0 || from >= problems.size() || to < 0 || to >= problems.size() || from == to) {
            return false;
        }
        CustomerProblem p = problems.remove(from);
        problems.add(to, p);
        saveProblems();
        return true;
    }

    private void saveProblems() {
        List<CustomerProblem> order = List.copyOf(problems);
        editAsk(a -> a.withProblems(order));
    }

    public boolean addCheckDown(String statement) {
        if (statement == null || statement.isBlank()) {
            return false;
        }
        checkDowns.add(new CheckDown(null, statement.strip(), CheckDownState.UNCHECKED, ""));
        saveCheckDowns();
        return true;
    }

    /** One keystroke: a claim heard in Listen becomes a fact to restate to the customer. */
    public void addFromClaim(Note claim) {
        addCheckDown(claim.text());
    }

    public void setState(int index, CheckDownState state) {
        if (index >= 0 && index < checkDowns.size()) {
            CheckDown k = checkDowns.get(index);
            checkDowns.set(index, new CheckDown(k.id(), k.statement(), state, state == CheckDownState.CORRECTED ? k.correction() : ""));
            saveCheckDowns();
        }
    }

    public void setCorrection(int index, String correction) {
        if (index >= 0 && index < checkDowns.size()) {
            CheckDown k = checkDowns.get(index);
            if (!k.correction().equals(correction)) {
                checkDowns.set(index, new CheckDown(k.id(), k.statement(), CheckDownState.CORRECTED, correction));
                saveCheckDowns();
            }
        }
    }

    private void saveCheckDowns() {
        List<CheckDown> list = List.copyOf(checkDowns);
        editAsk(a -> a.withCheckDowns(list));
    }

    /** Claims heard in Listen that are not yet a check-down. */
    private void refreshCandidates(CaseFile c) {
        Set<String> restated = c.ask().checkDowns().stream().map(CheckDown::statement).collect(Collectors.toSet());
        claimCandidates.setAll(c.listen().notes().stream()
                .filter(n -> n.tag() == NoteTag.CLAIM && !restated.contains(n.text().strip())).toList());
    }

    private void editAsk(UnaryOperator<Ask> change) {
        session.update(c -> c.withAsk(change.apply(c.ask())));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    public StringProperty answerProperty(QuestionKind kind) {
        return answers.get(kind);
    }

    public StringProperty customAnswerProperty(Question q) {
        return customAnswers.get(q.id());
    }

    public List<QuestionKind> standingQuestions() {
        return List.copyOf(answers.keySet());
    }

    public ObservableList<Question> customQuestions() {
        return customQuestions;
    }

    public ObservableList<CustomerProblem> problems() {
        return problems;
    }

    public ObservableList<CheckDown> checkDowns() {
        return checkDowns;
    }

    public ObservableList<Note> claimCandidates() {
        return claimCandidates;
    }
}
