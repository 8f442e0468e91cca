package io.turnaround.ui.approval;

import io.turnaround.domain.Party;
import io.turnaround.domain.Side;
import io.turnaround.domain.DraftField;
import io.turnaround.ui.common.CaseBindings;
import io.turnaround.ui.common.CaseSession;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Approval: who receives the summary and who on the customer's side approves it, and the
 * revisions sent so far.
 */
public final class ApprovalViewModel {
    private final CaseSession session;
    private final ObservableList<Party> parties;
    private final ObservableList<Party> customerParties = FXCollections.observableArrayList();
    private final ObjectProperty<Party> approver = new SimpleObjectProperty<>();
    /** Our firm's people who may sign the covering letter; null first, for the manager named in Settings. */
    private final ObservableList<Party> signers = FXCollections.observableArrayList();
    private final ObjectProperty<Party> signer = new SimpleObjectProperty<>();
    /** The summary's language (BCP 47), empty for the default in Settings. */
    private final StringProperty language = new SimpleStringProperty("");
    // The text fields of the add-person form are drafts: what is typed survives a crash before "Add".
    private final StringProperty name;
    private final StringProperty organisation;
    private final StringProperty role;
    private final StringProperty email;
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(Side.CUSTOMER);
    private final BooleanProperty receivesSummary = new SimpleBooleanProperty(true);

    private final ApprovalLoopModel loop;

    public ApprovalViewModel(CaseSession session, java.time.Clock clock, ApprovalLoopModel.Freezer freezer) {
        this.session = session;
        this.name = CaseBindings.draft(session, DraftField.PARTY_NAME);
        this.organisation = CaseBindings.draft(session, DraftField.PARTY_ORGANISATION);
        this.role = CaseBindings.draft(session, DraftField.PARTY_ROLE);
        this.email = CaseBindings.draft(session, DraftField.PARTY_EMAIL);
        this.loop = new ApprovalLoopModel(session, clock, freezer);
        this.parties = FXCollections.observableArrayList(session.current().parties());
        refreshCustomers();
        String approverId = session.current().approval().approverPartyId();
        approver.set(parties.stream().filter(p -> p.id().equals(approverId)).findFirst().orElse(null));
        approver.addListener((o, a, p) -> session.update(c -> c.withApproval(c.approval().withApprover(p == null ? null : p.id()))));
        String signerId = session.current().approval().signerPartyId();
        signer.set(signers.stream().filter(p -> p != null && p.id().equals(signerId)).findFirst().orElse(null));
        language.set(session.current().approval().language());
        language.addListener((o, a, tag) -> {
            String value = tag == null ? "" : tag;
            if (!value.equals(session.current().approval().language())) {
                session.update(c -> c.withApproval(c.approval().withLanguage(value)));
            }
        });
        signer.addListener((o, a, p) -> {
            String id = p == null ? null : p.id();
            if (!java.util.Objects.equals(id, session.current().approval().signerPartyId())) {
                session.update(c -> c.withApproval(c.approval().withSigner(id)));
            }
        });
    }

    /** Why the typed email address cannot be used; empty when it can, or when none is typed (it is optional). */
    public java.util.Optional<io.turnaround.export.EmailDraft.AddressProblem> emailProblem() {
        String typed = email.get();
        return typed == null || typed.isBlank() ? java.util.Optional.empty() : io.turnaround.export.EmailDraft.checkAddress(typed);
    }

    public boolean addParty() {
        boolean[] added = {false};
        session.asOneEdit(() -> added[0] = addPartyFromForm());
        return added[0];
    }

    private boolean addPartyFromForm() {
        if (name.get().isBlank() || emailProblem().isPresent()) {
            return false;
        }
        Party party = new Party(null, name.get().strip(), organisation.get().strip(), role.get().strip(), email.get().strip(), "",
                side.get(), receivesSummary.get());
        List<Party> next = new ArrayList<>(session.current().parties());
        next.add(party);
        session.update(c -> c.withParties(next));
        parties.setAll(next);
        refreshCustomers();
        if (approver.get() == null && party.side() == Side.CUSTOMER) {
            approver.set(party);
        }
        name.set("");
        role.set("");
        email.set("");
        return true;
    }

    private void refreshCustomers() {
        customerParties.setAll(parties.stream().filter(p -> p.side() == Side.CUSTOMER).toList());
        List<Party> ours = new ArrayList<>();
        ours.add(null);
        parties.stream().filter(p -> p.side() == Side.OUR_FIRM).forEach(ours::add);
        Party chosen = signer.get();
        signers.setAll(ours);
        signer.set(chosen);
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ObservableList<Party> signers() {
        return signers;
    }

    /** Who signs the covering letter: one of our firm's people, or null for the manager named in Settings. */
    public ObjectProperty<Party> signerProperty() {
        return signer;
    }

    public ApprovalLoopModel loop() {
        return loop;
    }

    public ObservableList<Party> parties() {
        return parties;
    }

    public ObservableList<Party> customerParties() {
        return customerParties;
    }

    public ObjectProperty<Party> approverProperty() {
        return approver;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<Side> sideProperty() {
        return side;
    }

    public BooleanProperty receivesSummaryProperty() {
        return receivesSummary;
    }
}
