package io.turnaround.ui.settings;

import io.turnaround.domain.ComplaintRules;
import io.turnaround.domain.HolidayCalendar;
import io.turnaround.domain.LetterKind;
import io.turnaround.domain.Regime;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings › Complaint rules as a form: the regime new cases take, the firm's time zone, its two holiday calendars as
 * text, and its own wording of each letter. Says what is wrong (a line that is not a date, an unknown zone) before it
 * can be kept.
 */
public final class ComplaintRulesViewModel {
    private final ObjectProperty<Regime> regime = new SimpleObjectProperty<>();
    private final StringProperty zone = new SimpleStringProperty();
    private final StringProperty englandAndWales = new SimpleStringProperty();
    private final StringProperty usFederal = new SimpleStringProperty();
    private final Map<LetterKind, StringProperty> wording = new EnumMap<>(LetterKind.class);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ComplaintRulesViewModel(ComplaintRules current) {
        regime.set(current.defaultRegime());
        zone.set(current.zone().getId());
        englandAndWales.set(current.englandAndWales().format());
        usFederal.set(current.usFederal().format());
        for (LetterKind kind : LetterKind.values()) {
            wording.put(kind, new SimpleStringProperty(current.wordingOf(kind).orElse("")));
        }
        zone.addListener((o, a, b) -> result());
        englandAndWales.addListener((o, a, b) -> result());
        usFederal.addListener((o, a, b) -> result());
        result();
    }

    /** The rules as typed, or empty (and {@link #problemProperty()} says why). */
    public Optional<ComplaintRules> result() {
        ZoneId z;
        try {
            z = ZoneId.of(zone.get().strip());
        } catch (DateTimeException e) {
            problem.set("Unknown time zone \"" + zone.get().strip() + "\": write it as Europe/London or America/New_York.");
            return Optional.empty();
        }
        HolidayCalendar ew;
        HolidayCalendar us;
        try {
            ew = HolidayCalendar.parse(HolidayCalendar.ENGLAND_AND_WALES, englandAndWales.get());
            us = HolidayCalendar.parse(HolidayCalendar.US_FEDERAL, usFederal.get());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return Optional.empty();
        }
        problem.set("");
        Map<LetterKind, String> own = new EnumMap<>(LetterKind.class);
        wording.forEach((kind, text) -> {
            if (!text.get().isBlank()) {
                own.put(kind, text.get());
            }
        });
        return Optional.of(new ComplaintRules(regime.get(), z, ew, us, own));
    }

    public ObjectProperty<Regime> regimeProperty() {
        return regime;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public StringProperty englandAndWalesProperty() {
        return englandAndWales;
    }

    public StringProperty usFederalProperty() {
        return usFederal;
    }

    public StringProperty wordingProperty(LetterKind kind) {
        return wording.get(kind);
    }

    /** What stops the form from being kept, in words; empty when nothing does. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
