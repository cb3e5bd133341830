/**
 * Admin bootstrap and the admin tools shared by features. Must not reach into other features'
 * tables directly.
 */
package org.accord.admin;
