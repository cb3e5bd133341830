package org.accord.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.accord.account.Role;

/** The application roles. Sign-in is {@link AccordAuthenticationMechanism}. */
@DeclareRoles({Role.USER_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {}
