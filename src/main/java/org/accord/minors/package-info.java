/**
 * Underage users (C5): the age of digital consent per country (data from legal/, edited by admins)
 * and the age rule on the person's own calendar.
 */
package org.accord.minors;
