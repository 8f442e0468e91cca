package io.turnaround.ui.caselist;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.SearchHit;
import io.turnaround.ui.common.I18n;
import java.util.function.LongConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The cases a search found, best first: reference, customer and subject, and the text around the match, highlighted. */
final class SearchResultsView extends ListView<SearchHit> {
    SearchResultsView(CaseSearchModel model, I18n i18n, LongConsumer onOpen) {
        super(model.hits());
        setId("case-search-results");
        setAccessibleText(i18n.get("cases.search.results"));
        setPlaceholder(new Label(i18n.get("cases.search.none")));
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(null);
                if (empty || hit == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(hit.summary().reference() + "   " + hit.summary().customerOrganisation() + "   "
                        + hit.summary().subject());
                title.getStyleClass().add("search-title");
                TextFlow snippet = new TextFlow();
                for (SearchHit.Part part : hit.parts()) {
                    Text t = new Text(part.text());
                    t.getStyleClass().add(part.match() ? "search-match" : "search-context");
                    snippet.getChildren().add(t);
                }
                snippet.setMaxWidth(list.getWidth() - 40);
                setGraphic(Gap.XS.vbox(title, snippet));
            }
        });
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(getSelectionModel().getSelectedItem().summary().id());
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(getSelectionModel().getSelectedItem().summary().id());
            }
        });
    }
}
