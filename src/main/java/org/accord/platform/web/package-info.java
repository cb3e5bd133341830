/**
 * Pages and beans shared by every feature: language switch, error pages, the security headers. Must
 * not hold feature state.
 */
package org.accord.platform.web;
