/**
 * Cross-cutting services: clock, configuration, schema migration, errors, i18n and the HTTP
 * filters. It owns no business rule of any feature.
 */
package org.accord.platform;
