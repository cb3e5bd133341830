/**
 * A signed-in user's own consent records: the list page, printable receipts and the {@code
 * /api/v1/me/consents} API. Only ever shows the caller's own events.
 */
package org.accord.consent.web;
