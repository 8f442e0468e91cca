package io.turnaround.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money offered or paid to the customer, for the complaint register.
 *
 * @param paid false when offered, true when paid
 * @param on   the day it was offered or paid
 * @param note what it is for ("refund of the delivery charge")
 */
public record Redress(String id, boolean paid, BigDecimal amount, String currency, LocalDate on, @CustomerVisible String note) {
    public Redress {
        id = id == null || id.isBlank() ? Ids.newId() : id;
        amount = amount == null ? BigDecimal.ZERO : amount;
        currency = currency == null || currency.isBlank() ? "GBP" : currency;
        note = Texts.orEmpty(note);
    }
}
