package org.accord.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API for integrations and the embed viewer. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {}
