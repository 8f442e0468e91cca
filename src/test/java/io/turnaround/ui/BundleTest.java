package io.turnaround.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.turnaround.domain.Step;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the UI asks for exists in the bundle, so no screen ever shows a raw key. */
class BundleTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);

    @Test
    void everyLiteralKeyUsedInTheUiIsInTheBundle() throws IOException {
        Pattern call = Pattern.compile("(?:i18n\\.get|forms\\.(?:field|hint|sectionTitle)|item)\\(\"([a-z][a-z0-9.-]+)\"\\s*[,)]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/turnaround/ui"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    if (!i18n.has(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyEnumShownInTheUiHasALabelAndEveryStepItsTexts() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(io.turnaround.domain.CaseStatus.class, io.turnaround.domain.Side.class,
                io.turnaround.domain.Responsibility.class, io.turnaround.domain.FairnessPrinciple.class,
                io.turnaround.domain.ActionSide.class, io.turnaround.domain.ActionState.class, Theme.class,
                io.turnaround.domain.ApprovalResponse.class, io.turnaround.domain.ApprovalWarning.class,
                io.turnaround.domain.ExpectationState.class, io.turnaround.domain.NoteTag.class, io.turnaround.domain.Temperature.class,
                io.turnaround.domain.CheckDownState.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (i18n.of(constant).startsWith("!")) {
                    missing.add(type.getSimpleName() + "." + constant);
                }
            }
        }
        for (io.turnaround.domain.QuestionKind kind : io.turnaround.domain.QuestionKind.values()) {
            String key = "ask.question." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (kind.isStanding() && !i18n.has(key)) {
                missing.add(key);
            }
        }
        // Resolution shows each principle's sentence as the customer will read it.
        for (io.turnaround.domain.FairnessPrinciple p : io.turnaround.domain.FairnessPrinciple.values()) {
            String key = "principle.sentence." + p.name().toLowerCase(Locale.ROOT);
            if (!i18n.has(key)) {
                missing.add(key);
            }
        }
        for (io.turnaround.domain.Stance stance : io.turnaround.domain.Stance.values()) {
            String key = "stance.advice." + stance.name().toLowerCase(Locale.ROOT);
            if (!i18n.has(key)) {
                missing.add(key);
            }
        }
        for (Step.Phase phase : Step.Phase.values()) {
            if (!i18n.has("wizard.phase." + phase.name().toLowerCase(Locale.ROOT))) {
                missing.add("wizard.phase." + phase);
            }
        }
        for (Step step : Step.values()) {
            for (String part : List.of("title", "purpose")) {
                String key = "step." + step.name().toLowerCase(Locale.ROOT) + "." + part;
                if (!i18n.has(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
