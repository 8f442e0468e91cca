package io.turnaround.domain;

/**
 * The fairness rules of METHOD.md (Immediate resolution) as advice the manager can accept or
 * overrule: which principle the conclusions point to, and which stance the three questions do.
 */
public final class FairnessAdvice {
    private FairnessAdvice() {
    }

    /**
     * The principle suggested by who was responsible. An important verbal agreement that was not
     * put in writing overrides the rest: the agreement does not exist, and we side with the customer.
     */
    public static FairnessPrinciple suggest(Responsibility responsibility, boolean verbalAgreementNotWritten, boolean invoiceLineConcerned) {
        if (verbalAgreementNotWritten) {
            return FairnessPrinciple.UNWRITTEN_AGREEMENT;
        }
        return switch (responsibility) {
            case CUSTOMERS -> FairnessPrinciple.CUSTOMER_MISSED_STEP;
            case BOTH -> FairnessPrinciple.BOTH_MADE_MISTAKES;
            // Our mistake on one invoice line: we cover that line's difference, not the whole invoice; any other
            // mistake entirely ours we put right at our cost.
            case OURS -> invoiceLineConcerned ? FairnessPrinciple.INFLATED_INVOICE_LINE : FairnessPrinciple.ENTIRELY_OURS;
            default -> FairnessPrinciple.NONE;
        };
    }

    /**
     * "The customer is always right" fits when facts are quick to assess, fact-finding would cost
     * more than the remedy, and the request cannot hurt the customer; otherwise propose a better
     * solution. Undecided while any question is unanswered.
     */
    public static Stance recommend(Boolean factsQuickToAssess, Boolean factFindingDearerThanRemedy, Boolean requestCouldHurtCustomer) {
        if (factsQuickToAssess == null || factFindingDearerThanRemedy == null || requestCouldHurtCustomer == null) {
            return Stance.UNDECIDED;
        }
        if (requestCouldHurtCustomer || !factsQuickToAssess || !factFindingDearerThanRemedy) {
            return Stance.PROPOSE_BETTER_SOLUTION;
        }
        return Stance.CUSTOMER_IS_RIGHT;
    }
}
