/**
 * Third-party embeds (C6): the register of embed providers (which links each accepts, how its
 * privacy-enhanced embed URL is built, every domain its embed contacts), and viewers' decisions per
 * provider, remembered with an expiry and recorded as consent events.
 */
package org.accord.embed;
