package io.turnaround.ui.help;

import io.turnaround.ui.common.I18n;
import java.io.InputStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help › User guide: the guide in a window of its own, beside the case (not modal: one reads it while working). */
public final class GuideWindow {
    private static final double WIDTH = 720;

    private GuideWindow() {
    }

    public static Stage show(Window owner, I18n i18n) {
        VBox page = new VBox(10);
        page.setId("guide-page");
        page.getStyleClass().add("pad-l");
        for (Guide.Block block : Guide.blocks(Guide.text())) {
            page.getChildren().add(node(block));
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("guide-scroll");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(i18n.get("guide.title"));
        Scene scene = new Scene(scroll, WIDTH + 60, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scroll.setStyle(owner.getScene().getRoot().getStyle()); // the window's text size
        }
        stage.setScene(scene);
        stage.show();
        scroll.requestFocus(); // arrows and Page Down scroll it
        return stage;
    }

    private static Node node(Guide.Block block) {
        if (block instanceof Guide.Heading h) {
            return styled(new Label(h.text()), h.level() == 1 ? "guide-title" : "guide-heading");
        }
        if (block instanceof Guide.Item i) {
            return styled(new Label("\u2022  " + i.text()), "guide-item");
        }
        if (block instanceof Guide.Picture p) {
            return picture(p);
        }
        return styled(new Label(((Guide.Paragraph) block).text()), "guide-text");
    }

    private static Node picture(Guide.Picture p) {
        InputStream in = GuideWindow.class.getResourceAsStream(p.resource());
        if (in == null) {
            return styled(new Label(p.alt()), "guide-text");
        }
        ImageView view = new ImageView(new Image(in));
        view.setPreserveRatio(true);
        view.setFitWidth(WIDTH);
        view.setSmooth(true);
        view.setAccessibleText(p.alt());
        return view;
    }

    private static Label styled(Label label, String style) {
        label.setWrapText(true);
        label.setMaxWidth(WIDTH);
        label.getStyleClass().add(style);
        return label;
    }
}
