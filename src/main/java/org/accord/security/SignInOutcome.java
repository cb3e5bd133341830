package org.accord.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.accord.account.SignInResult;

/** What the identity store decided in this request, for the sign-in page to explain. */
@RequestScoped
public class SignInOutcome {

  private SignInResult result;

  void set(SignInResult result) {
    this.result = result;
  }

  public Optional<SignInResult> result() {
    return Optional.ofNullable(result);
  }
}
