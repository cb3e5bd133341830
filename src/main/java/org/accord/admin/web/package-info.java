/** Backing beans of the admin pages. */
package org.accord.admin.web;
