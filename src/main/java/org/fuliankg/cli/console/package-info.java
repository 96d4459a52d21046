/**
 * What every command shares: the {@link org.fuliankg.cli.console.Console} it writes to (results, messages, exit
 * codes, the installation directory of its defaults) and the progress line of a build on an interactive terminal.
 * Imports nothing of {@code cli}.
 */
package org.fuliankg.cli.console;
