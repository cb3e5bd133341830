package org.accord.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.accord.account.SignInResult;
import org.accord.account.SignInService;

/** Validates e-mail and password through {@link SignInService}; the caller name is the id. */
@ApplicationScoped
public class AccordIdentityStore implements IdentityStore {

  @Inject private SignInService signIn;
  @Inject private SignInOutcome outcome;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    SignInResult result = signIn.attempt(credential.getCaller(), credential.getPasswordAsString());
    outcome.set(result);
    if (result instanceof SignInResult.Success success) {
      return new CredentialValidationResult(
          String.valueOf(success.accountId()),
          success.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
    return CredentialValidationResult.INVALID_RESULT;
  }
}
