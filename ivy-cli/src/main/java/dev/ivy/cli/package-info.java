/** The {@code bin/ivy} command line: demo, conformance, coverage, frontends, backends. */
package dev.ivy.cli;
