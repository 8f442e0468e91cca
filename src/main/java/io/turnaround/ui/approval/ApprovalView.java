package io.turnaround.ui.approval;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.Party;
import io.turnaround.domain.Side;
import io.turnaround.ui.common.EnumCombo;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.Tables;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

public final class ApprovalView extends VBox {
    /** Held here: the controls bind to its properties only weakly, and it must live as long as the view. */
    private final ApprovalViewModel vm;

    public ApprovalView(ApprovalViewModel vm, I18n i18n, Forms forms, Runnable openSummary) {
        super();
        Gap.M.applyTo(this);
        this.vm = vm;
        getStyleClass().add("step-body");
        TableView<Party> table = Tables.table("approval-parties", vm.parties(), i18n.get("approval.parties"),
                i18n.get("approval.parties.empty"));
        table.getColumns().add(Tables.column(i18n.get("approval.col.name"), Party::name, 180));
        table.getColumns().add(Tables.column(i18n.get("approval.col.role"), Party::role, 140));
        table.getColumns().add(Tables.column(i18n.get("approval.col.organisation"), Party::organisation, 160));
        table.getColumns().add(Tables.column(i18n.get("approval.col.side"), p -> i18n.of(p.side()), 110));
        table.getColumns().add(Tables.column(i18n.get("approval.col.email"), Party::email, 200));
        table.getColumns().add(Tables.column(i18n.get("approval.col.receives"), p -> p.receivesSummary() ? "✓" : "", 80));
        io.turnaround.ui.common.TextSize.prefHeight(table, 13.1);

        Button summary = new Button(i18n.get("approval.export"));
        summary.setId("approval-summary");
        summary.setAccessibleText(i18n.get("approval.export"));
        summary.setOnAction(e -> openSummary.run());

        ComboBox<Party> approver = new ComboBox<>(vm.customerParties());
        approver.setId("approval-approver");
        approver.valueProperty().bindBidirectional(vm.approverProperty());
        approver.setConverter(new PartyConverter());
        approver.setPromptText(i18n.get("approval.approver.prompt"));
        ComboBox<Party> signer = new ComboBox<>(vm.signers());
        signer.setId("approval-signer");
        signer.setConverter(new PartyConverter(i18n.get("approval.signer.manager")));
        signer.valueProperty().bindBidirectional(vm.signerProperty());
        signer.setAccessibleText(i18n.get("approval.signer"));
        ComboBox<String> language = io.turnaround.ui.common.LanguageChoice.create("approval-language",
                i18n.get("approval.language.default"), vm.languageProperty(), i18n.get("approval.language"));

        getChildren().addAll(summary, forms.sectionTitle("approval.approver.title"), Forms.row(forms.field("approval.approver", approver),
                        forms.field("approval.signer", signer), forms.field("approval.language", language)),
                new ApprovalLoopPane(vm.loop(), vm.customerParties(), i18n, forms),
                forms.sectionTitle("approval.parties"), forms.hint("approval.guidance"), table);
        getChildren().addAll(newPersonForm(i18n, forms));
    }

    /** A new person: name, role, organisation, address (checked as typed), side, and whether they receive the summary. */
    private java.util.List<javafx.scene.Node> newPersonForm(I18n i18n, Forms forms) {
        TextField name = forms.textField("approval-party-name", vm.nameProperty());
        TextField organisation = forms.textField("approval-party-organisation", vm.organisationProperty());
        TextField role = forms.textField("approval-party-role", vm.roleProperty());
        TextField email = forms.textField("approval-party-email", vm.emailProperty());
        ComboBox<Side> side = EnumCombo.of("approval-party-side", Side.values(), i18n);
        side.valueProperty().bindBidirectional(vm.sideProperty());
        CheckBox receives = new CheckBox(i18n.get("approval.receives"));
        receives.setId("approval-party-receives");
        receives.selectedProperty().bindBidirectional(vm.receivesSummaryProperty());
        Button add = new Button(i18n.get("approval.add-party"));
        add.setId("approval-add-party");
        add.setOnAction(e -> {
            if (vm.addParty()) {
                name.requestFocus();
            }
        });

        // ControlsFX marks the field and gives the reason in its tooltip while the address is typed.
        org.controlsfx.validation.ValidationSupport validation = new org.controlsfx.validation.ValidationSupport();
        validation.registerValidator(email, false, (javafx.scene.control.Control c, String value) -> {
            var problem = vm.emailProblem();
            return org.controlsfx.validation.ValidationResult.fromErrorIf(c,
                    problem.map(p -> i18n.get(p.key(), p.detail())).orElse(""), problem.isPresent());
        });
        add.disableProperty().bind(validation.invalidProperty());

        return java.util.List.of(
                Forms.row(forms.field("approval.name", name, Party.class, "name"), forms.field("approval.role", role, Party.class, "role"),
                        forms.field("approval.organisation", organisation, Party.class, "organisation")),
                Forms.row(forms.field("approval.email", email, Party.class, "email"), forms.field("approval.side", side)),
                new io.turnaround.ui.common.WrapRow(Gap.L, receives, add));
    }
}
