package io.turnaround.app;

import io.turnaround.store.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window was and how big, and whether it was maximised: kept in the data folder (this computer's screens, so
 * not in a team library) when the window closes, and given back at the next start before it shows. A place on a screen
 * that is gone is not restored.
 */
record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    static final String FILE_NAME = "window";

    /** Read before the window exists (off the FX thread); empty when there is none or it cannot be read. */
    static Optional<WindowPlacement> read(Path dataDir) {
        try {
            String[] parts = Files.readString(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8).strip().split("\\s+");
            return Optional.of(new WindowPlacement(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static WindowPlacement of(Stage stage) {
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    /** Written on the window's worker as it closes. */
    void save(Path dataDir) throws IOException {
        PrivateFiles.writeAtomically(dataDir.resolve(FILE_NAME), String.format(Locale.ROOT, "%.0f %.0f %.0f %.0f %s%n", x, y, width,
                height, maximized).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Puts the stage where it was, when that place is still on a screen and no smaller than the window allows; on the
     * screen that holds most of it, and wholly within that screen (a laptop's, after a larger monitor): no larger than it
     * and moved in from its edges.
     */
    void applyTo(Stage stage) {
        Rectangle2D was = new Rectangle2D(x, y, Math.max(1, width), Math.max(1, height));
        Optional<Rectangle2D> screen = Screen.getScreens().stream().map(Screen::getVisualBounds).filter(b -> b.intersects(was))
                .max(java.util.Comparator.comparingDouble(b -> overlap(b, was)));
        if (screen.isEmpty() || width < stage.getMinWidth() || height < stage.getMinHeight()) {
            return;
        }
        Rectangle2D on = screen.get();
        double fitWidth = Math.max(stage.getMinWidth(), Math.min(width, on.getWidth()));
        double fitHeight = Math.max(stage.getMinHeight(), Math.min(height, on.getHeight()));
        stage.setX(Math.max(on.getMinX(), Math.min(x, on.getMaxX() - fitWidth)));
        stage.setY(Math.max(on.getMinY(), Math.min(y, on.getMaxY() - fitHeight)));
        stage.setWidth(fitWidth);
        stage.setHeight(fitHeight);
        stage.setMaximized(maximized);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return Math.max(0, w) * Math.max(0, h);
    }
}
