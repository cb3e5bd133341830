/**
 * Interactive images (C6): uploads checked by their content and stored without metadata, tags at
 * percent positions (text and an optional embed), and the owners' plans and Advanced Media
 * Settings.
 */
package org.accord.media;
