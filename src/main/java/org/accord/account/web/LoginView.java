package org.accord.account.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.accord.account.SignInResult;
import org.accord.platform.Messages;
import org.accord.platform.web.SessionLifetimeFilter;
import org.accord.security.SignInOutcome;

/** {@code /login}: e-mail and password, then back to where the user was going. */
@Named
@RequestScoped
public class LoginView {

  @Inject private SecurityContext securityContext;
  @Inject private SignInOutcome outcome;
  @Inject private FacesContext faces;
  @Inject private Clock clock;

  private String email;
  private String password;

  public void submit() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            withParams()
                .credential(
                    new UsernamePasswordCredential(
                        email == null ? "" : email, new Password(password == null ? "" : password)))
                .newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE -> {
        markSignedIn(request);
        faces.responseComplete();
      }
      case SUCCESS -> {
        markSignedIn(request);
        external.redirect(external.getRequestContextPath() + "/account");
      }
      default -> explainFailure();
    }
  }

  private void markSignedIn(HttpServletRequest request) {
    if (outcome.result().filter(SignInResult.Success.class::isInstance).isPresent()) {
      request.changeSessionId();
      request.getSession().setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, clock.instant());
    }
  }

  private void explainFailure() {
    SignInResult result = outcome.result().orElse(new SignInResult.Invalid());
    if (result instanceof SignInResult.TooSoon tooSoon) {
      long seconds = Math.max(1, Duration.between(clock.instant(), tooSoon.retryAt()).toSeconds());
      Messages.add(null, FacesMessage.SEVERITY_ERROR, "login.tooSoon", seconds);
    } else if (result instanceof SignInResult.Locked) {
      Messages.add(null, FacesMessage.SEVERITY_ERROR, "login.locked");
    } else if (result instanceof SignInResult.Unverified) {
      Messages.add(null, FacesMessage.SEVERITY_WARN, "login.unverified");
    } else {
      Messages.add(null, FacesMessage.SEVERITY_ERROR, "login.invalid");
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
