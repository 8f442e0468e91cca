package io.turnaround.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The firm's complaint rules (Settings › Complaint rules): the regime new cases take, the zone its deadlines end their
 * days in, its holiday calendars as edited, and its own wording of the letters where it replaced ours.
 */
public record ComplaintRules(Regime defaultRegime, ZoneId zone, HolidayCalendar englandAndWales, HolidayCalendar usFederal,
                             Map<LetterKind, String> wording) {

    public ComplaintRules {
        defaultRegime = defaultRegime == null ? Regime.NONE : defaultRegime;
        zone = zone == null ? ZoneId.systemDefault() : zone;
        englandAndWales = englandAndWales == null ? HolidayCalendar.bundled(HolidayCalendar.ENGLAND_AND_WALES) : englandAndWales;
        usFederal = usFederal == null ? HolidayCalendar.bundled(HolidayCalendar.US_FEDERAL) : usFederal;
        wording = wording == null || wording.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(wording));
    }

    /** No regime, this computer's zone, the bundled calendars, our wording. */
    public static ComplaintRules defaults() {
        return new ComplaintRules(Regime.NONE, null, null, null, Map.of());
    }

    /** The calendar a regime's business days are counted in. */
    public HolidayCalendar calendarFor(Regime regime) {
        return regime == Regime.CFPB ? usFederal : englandAndWales;
    }

    /** The firm's wording of a letter's body, if it replaced ours. */
    public Optional<String> wordingOf(LetterKind kind) {
        return Optional.ofNullable(wording.get(kind)).filter(s -> !s.isBlank());
    }

    /** The setting that keeps the firm's wording of {@code kind}. */
    public static SettingKey wordingKey(LetterKind kind) {
        return switch (kind) {
            case ACKNOWLEDGEMENT -> SettingKey.WORDING_ACKNOWLEDGEMENT;
            case HOLDING_RESPONSE -> SettingKey.WORDING_HOLDING_RESPONSE;
            case SUMMARY_RESOLUTION -> SettingKey.WORDING_SUMMARY_RESOLUTION;
            case FINAL_RESPONSE -> SettingKey.WORDING_FINAL_RESPONSE;
        };
    }

    /** The rules from stored values; one missing or unreadable takes its default (a bad calendar: the bundled one). */
    public static ComplaintRules from(Function<SettingKey, Optional<String>> stored) {
        Regime regime = stored.apply(SettingKey.COMPLAINT_REGIME).flatMap(ComplaintRules::regime).orElse(Regime.NONE);
        ZoneId zone = stored.apply(SettingKey.COMPLAINT_ZONE).flatMap(ComplaintRules::zone).orElse(null);
        HolidayCalendar ew = stored.apply(SettingKey.HOLIDAYS_ENGLAND_AND_WALES)
                .flatMap(t -> calendar(HolidayCalendar.ENGLAND_AND_WALES, t)).orElse(null);
        HolidayCalendar us = stored.apply(SettingKey.HOLIDAYS_US_FEDERAL).flatMap(t -> calendar(HolidayCalendar.US_FEDERAL, t)).orElse(null);
        Map<LetterKind, String> wording = new EnumMap<>(LetterKind.class);
        for (LetterKind kind : LetterKind.values()) {
            stored.apply(wordingKey(kind)).filter(s -> !s.isBlank()).ifPresent(s -> wording.put(kind, s));
        }
        return new ComplaintRules(regime, zone, ew, us, wording);
    }

    /** The values to store (a calendar as text; a wording left empty when it is ours). */
    public Map<SettingKey, String> values() {
        Map<SettingKey, String> out = new EnumMap<>(SettingKey.class);
        out.put(SettingKey.COMPLAINT_REGIME, defaultRegime.name());
        out.put(SettingKey.COMPLAINT_ZONE, zone.getId());
        out.put(SettingKey.HOLIDAYS_ENGLAND_AND_WALES, englandAndWales.format());
        out.put(SettingKey.HOLIDAYS_US_FEDERAL, usFederal.format());
        for (LetterKind kind : LetterKind.values()) {
            out.put(wordingKey(kind), wording.getOrDefault(kind, ""));
        }
        return out;
    }

    private static Optional<Regime> regime(String s) {
        try {
            return Optional.of(Regime.valueOf(s.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> zone(String s) {
        try {
            return s.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(s.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<HolidayCalendar> calendar(String id, String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(HolidayCalendar.parse(id, text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
