/** Backing beans of the public legal pages and the admin policy pages. */
package org.accord.policy.web;
