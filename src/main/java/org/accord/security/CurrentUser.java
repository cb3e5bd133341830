package org.accord.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.accord.account.Role;

/** Who is signed in for this request, for pages and services. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext securityContext;

  public Optional<Long> id() {
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(principal.getName()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The signed-in account's id; only for pages that require sign-in. */
  public long requireId() {
    return id().orElseThrow(() -> new IllegalStateException("not signed in"));
  }

  public boolean isSignedIn() {
    return id().isPresent();
  }

  public boolean isAdmin() {
    return securityContext.isCallerInRole(Role.ADMIN_NAME);
  }
}
