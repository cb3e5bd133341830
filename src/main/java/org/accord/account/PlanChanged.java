package org.accord.account;

/** An admin changed an account's plan (fired inside the transaction that changes it). */
public record PlanChanged(long accountId, Plan before, Plan after) {}
