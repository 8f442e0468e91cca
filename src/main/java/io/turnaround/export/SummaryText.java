package io.turnaround.export;

import java.math.BigDecimal;
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

/** The words and formats of customer documents: the app's message bundle, dates and amounts in the reader's locale. */
public final class SummaryText {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;

    public SummaryText(Locale locale, ZoneId zone) {
        this.bundle = ResourceBundle.getBundle("io.turnaround.i18n.messages", locale);
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

    /** A promised time in its own zone, with the zone named, as agreed with the customer. */
    public String dateTime(ZonedDateTime at) {
        if (at == null) {
            return "";
        }
        return dateTime(at.toLocalDate(), at.toLocalTime()) + " " + DateTimeFormatter.ofPattern("zzz", locale).format(at);
    }

    public String money(BigDecimal amount, String currencyCode) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            format.setCurrency(Currency.getInstance(currencyCode));
        } catch (IllegalArgumentException e) {
            return amount.toPlainString() + " " + currencyCode;
        }
        return format.format(amount);
    }

    public Locale locale() {
        return locale;
    }
}
