package org.accord.consent;

import java.util.Objects;

/**
 * A decision to record, as the caller knows it. {@code subject} is the opaque ledger id of the
 * person; {@code actor} who acted when not the subject themself (a parent, an admin); {@code
 * submissionToken} makes a repeated submission (double click, second tab) record nothing new.
 */
public record ConsentRequest(
    String subject,
    Purpose purpose,
    Decision decision,
    Long documentVersionId,
    String textHash,
    String language,
    Method method,
    String ipAddress,
    String userAgent,
    String actor,
    String submissionToken,
    String detail) {

  public static final int SUBJECT_LENGTH = 64;
  public static final int USER_AGENT_LENGTH = 300;
  public static final int DETAIL_LENGTH = 2000;
  public static final int TOKEN_LENGTH = 64;

  public ConsentRequest {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(method, "method");
    if (subject.isBlank() || subject.length() > SUBJECT_LENGTH) {
      throw new IllegalArgumentException("subject must be 1.." + SUBJECT_LENGTH + " characters");
    }
    if (textHash != null && !textHash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("textHash must be a SHA-256 in hex");
    }
    if (submissionToken != null
        && (submissionToken.isBlank() || submissionToken.length() > TOKEN_LENGTH)) {
      throw new IllegalArgumentException(
          "submissionToken must be 1.." + TOKEN_LENGTH + " characters");
    }
    if (detail != null && detail.length() > DETAIL_LENGTH) {
      throw new IllegalArgumentException("detail must be at most " + DETAIL_LENGTH + " characters");
    }
    userAgent =
        userAgent == null || userAgent.length() <= USER_AGENT_LENGTH
            ? userAgent
            : userAgent.substring(0, USER_AGENT_LENGTH);
  }
}
