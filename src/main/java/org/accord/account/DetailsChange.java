package org.accord.account;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * New values for the details a signed-in person's account is judged by (C5), and a parent's or
 * guardian's address for when the change puts them below their country's age of digital consent.
 */
public record DetailsChange(LocalDate birthDate, String country, String parentEmail) {

  /** Field name to message key for every problem; empty when all is well. */
  public Map<String, String> problems(String ownEmail, LocalDate today) {
    Map<String, String> problems = new LinkedHashMap<>();
    NewAccount.checkDetails(problems, birthDate, country, parentEmail, ownEmail, today);
    return problems;
  }
}
