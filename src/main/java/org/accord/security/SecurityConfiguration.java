package org.accord.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.accord.account.Role;

/**
 * Form sign-in on our own page ({@code /login}); a protected page redirects there and, after
 * sign-in, back to where the user was going.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.USER_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {}
