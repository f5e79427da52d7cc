/** E-mail notifications about enforcement and imports, rendered from simple templates and sent over SMTP. */
package io.idbridge.engine.notify;
