/**
 * The {@code fulian-kg} command line: {@link org.fuliankg.cli.Main} lists the commands and runs them. The commands
 * live in rooms by what they do ({@code build}, {@code graph}, {@code measure}) and reach their console through
 * {@code console}, never through {@code Main}.
 */
package org.fuliankg.cli;
