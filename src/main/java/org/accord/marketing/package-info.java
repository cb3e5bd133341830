/**
 * Marketing e-mail preferences (C4): the categories (data, with their texts), each person's choice
 * per category as consent events, and the rules for sending marketing mail.
 */
package org.accord.marketing;
