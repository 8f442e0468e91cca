package io.turnaround.domain;

import java.math.BigDecimal;

/**
 * The Immediate resolution step. Costs are exact decimals in {@code currency}; null means not set.
 * The three stance questions are nullable booleans: unanswered is not the same as "no".
 */
public record Resolution(
        @CustomerVisible String requestedRemedy,
        @CustomerVisible String remedy,
        FairnessPrinciple principle,
        boolean verbalAgreementNotWritten,
        BigDecimal ourCost,
        BigDecimal customerCost,
        String currency,
        @CustomerVisible String invoiceLine,
        @CustomerVisible String termsReferences,
        Boolean factsQuickToAssess,
        Boolean factFindingDearerThanRemedy,
        Boolean requestCouldHurtCustomer,
        Stance stance) {

    public static final Resolution EMPTY = new Resolution("", "", FairnessPrinciple.NONE, false, null, null, "EUR", "", "",
            null, null, null, Stance.UNDECIDED);

    public Resolution {
        requestedRemedy = Texts.orEmpty(requestedRemedy);
        remedy = Texts.orEmpty(remedy);
        principle = principle == null ? FairnessPrinciple.NONE : principle;
        currency = currency == null || currency.isBlank() ? "EUR" : currency;
        invoiceLine = Texts.orEmpty(invoiceLine);
        termsReferences = Texts.orEmpty(termsReferences);
        stance = stance == null ? Stance.UNDECIDED : stance;
    }

    public Resolution withRemedy(String value) {
        return new Resolution(requestedRemedy, value, principle, verbalAgreementNotWritten, ourCost, customerCost, currency,
                invoiceLine, termsReferences, factsQuickToAssess, factFindingDearerThanRemedy, requestCouldHurtCustomer, stance);
    }

    public Resolution withPrinciple(FairnessPrinciple value) {
        return new Resolution(requestedRemedy, remedy, value, verbalAgreementNotWritten, ourCost, customerCost, currency,
                invoiceLine, termsReferences, factsQuickToAssess, factFindingDearerThanRemedy, requestCouldHurtCustomer, stance);
    }

    public Resolution withVerbalAgreementNotWritten(boolean value) {
        return new Resolution(requestedRemedy, remedy, principle, value, ourCost, customerCost, currency,
                invoiceLine, termsReferences, factsQuickToAssess, factFindingDearerThanRemedy, requestCouldHurtCustomer, stance);
    }

    public Resolution withInvoiceLine(String value) {
        return new Resolution(requestedRemedy, remedy, principle, verbalAgreementNotWritten, ourCost, customerCost, currency,
                value, termsReferences, factsQuickToAssess, factFindingDearerThanRemedy, requestCouldHurtCustomer, stance);
    }

    public Resolution withTermsReferences(String value) {
        return new Resolution(requestedRemedy, remedy, principle, verbalAgreementNotWritten, ourCost, customerCost, currency,
                invoiceLine, value, factsQuickToAssess, factFindingDearerThanRemedy, requestCouldHurtCustomer, stance);
    }

    /** The three stance questions and the stance they lead to, recorded together. */
    public Resolution withStanceAnswers(Boolean quick, Boolean dearer, Boolean couldHurt) {
        return new Resolution(requestedRemedy, remedy, principle, verbalAgreementNotWritten, ourCost, customerCost, currency,
                invoiceLine, termsReferences, quick, dearer, couldHurt, FairnessAdvice.recommend(quick, dearer, couldHurt));
    }

    public Resolution withRequestedRemedy(String value) {
        return new Resolution(value, remedy, principle, verbalAgreementNotWritten, ourCost, customerCost, currency,
                invoiceLine, termsReferences, factsQuickToAssess, factFindingDearerThanRemedy, requestCouldHurtCustomer, stance);
    }

    public Resolution withCosts(BigDecimal ours, BigDecimal customers, String currencyCode) {
        return new Resolution(requestedRemedy, remedy, principle, verbalAgreementNotWritten, ours, customers, currencyCode,
                invoiceLine, termsReferences, factsQuickToAssess, factFindingDearerThanRemedy, requestCouldHurtCustomer, stance);
    }
}
