package io.turnaround.export;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words and formats of customer documents in one language: the summary bundle (summary*.properties), dates, times
 * and amounts in that locale. A language without a bundle of its own gets the English words, never those of the
 * machine's default locale.
 */
public final class SummaryText {
    /** The languages customer documents are written in (BCP 47), each with a bundle of its own. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en-GB", "en-US", "de-DE", "fr-FR", "es-ES", "ar");

    /** A language as its own speakers name it ("Deutsch (Deutschland)"); empty for an empty tag. */
    public static String nativeName(String tag) {
        if (tag == null || tag.isBlank()) {
            return "";
        }
        Locale l = Locale.forLanguageTag(tag);
        String name = l.getDisplayName(l);
        return name.isEmpty() ? tag : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;

    public SummaryText(Locale locale, ZoneId zone) {
        this.bundle = ResourceBundle.getBundle("io.turnaround.i18n.summary", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = locale;
        this.zone = zone;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String enumName(Enum<?> value) {
        return get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(zone).toLocalDate());
    }

    public String dateTime(LocalDate date, LocalTime time) {
        if (date == null) {
            return "";
        }
        return time == null ? date(date) : date(date) + ", " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /**
     * A promised time in its own zone, with the zone named unambiguously: its offset from UTC and its city ("9 March 2026,
     * 10:00 (UTC+01:00, Paris)"). Abbreviations are not used: "CST" is China, Cuba and the US Midwest at once.
     */
    public String dateTime(ZonedDateTime at) {
        if (at == null) {
            return "";
        }
        String offset = at.getOffset().getTotalSeconds() == 0 ? "" : at.getOffset().getId();
        String city = city(at.getZone());
        return city.isEmpty() ? get("time.zoned.offset", dateTime(at.toLocalDate(), at.toLocalTime()), offset)
                : get("time.zoned", dateTime(at.toLocalDate(), at.toLocalTime()), offset, city);
    }

    /** "Europe/Paris" → "Paris", "America/Argentina/Buenos_Aires" → "Buenos Aires"; empty for a bare offset or UTC. */
    static String city(ZoneId zone) {
        String id = zone.normalized().getId();
        int slash = zone.getId().lastIndexOf('/');
        if (zone instanceof java.time.ZoneOffset || slash < 0 || id.startsWith("Etc/")) {
            return "";
        }
        return zone.getId().substring(slash + 1).replace('_', ' ');
    }

    /**
     * An amount in the reader's locale. Where the currency is written as a code ("CHF") the locale's format puts no space
     * between it and the number ("CHF1,840.00"): a no-break space is put there, as typography and ISO 4217 ask.
     */
    public String money(BigDecimal amount, String currencyCode) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            format.setCurrency(Currency.getInstance(currencyCode));
        } catch (IllegalArgumentException | NullPointerException e) {
            return amount.toPlainString() + "\u00a0" + currencyCode;
        }
        if (format instanceof DecimalFormat decimal) {
            decimal.setPositivePrefix(spaced(decimal.getPositivePrefix()));
            decimal.setNegativePrefix(spaced(decimal.getNegativePrefix()));
        }
        return format.format(amount);
    }

    private static String spaced(String prefix) {
        return !prefix.isEmpty() && Character.isLetter(prefix.charAt(prefix.length() - 1)) ? prefix + "\u00a0" : prefix;
    }

    public Locale locale() {
        return locale;
    }
}
