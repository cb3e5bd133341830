/**
 * Backing beans of the sign-up, sign-in, password and account pages. Only translates between pages
 * and AccountService.
 */
package org.accord.account.web;
