package org.accord.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Form sign-in on our own page ({@code /login}), remembered in the HTTP session. A protected page
 * redirects there and, after sign-in, back to where the user was going.
 *
 * <p>The caller and its groups are kept in the session by this mechanism and given to the container
 * on every request. The built-in form mechanism's session handling ({@code @AutoApplySession}) lets
 * the container re-derive the groups, which under concurrent load intermittently yields none and a
 * 403 for a signed-in user (Payara issue 6145); see docs/adr/0009.
 */
@ApplicationScoped
public class AccordAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Who signed in on this session, with the groups the identity store gave. */
  record SignedIn(String caller, Set<String> groups) implements Serializable {}

  static final String SIGNED_IN = "accord.signedIn";
  static final String CONTINUE = "accord.continueTo";

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(request, context, credential);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn known) {
      return context.notifyContainerAboutLogin(known.caller(), known.groups());
    }
    if (context.isProtected()) {
      return context.redirect(signInFirst(request));
    }
    return context.doNothing();
  }

  /**
   * The sign-in page's address, remembering a GET request's address to continue there after signing
   * in (for pages that decide for themselves that they need a signed-in person).
   */
  public static String signInFirst(HttpServletRequest request) {
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      request
          .getSession()
          .setAttribute(CONTINUE, request.getRequestURI() + (query == null ? "" : "?" + query));
    }
    return request.getContextPath() + "/login";
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return context.responseUnauthorized();
    }
    HttpSession session = request.getSession();
    session.setAttribute(
        SIGNED_IN,
        new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
    AuthenticationStatus status = context.notifyContainerAboutLogin(result);
    Object continueTo = session.getAttribute(CONTINUE);
    if (continueTo instanceof String target && status == AuthenticationStatus.SUCCESS) {
      session.removeAttribute(CONTINUE);
      return context.redirect(target);
    }
    return status;
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SIGNED_IN);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
