/**
 * Browser (Chromium) and HTTP tests that drive the deployed application from outside, as a user or
 * an integration would. Run as clients; never packed into the test deployment.
 */
package org.accord.web;
