/**
 * The reference-case runner ({@link dev.ivy.testkit.CaseRunner}, {@link
 * dev.ivy.testkit.Conformance}), the coverage and frontends reports, and the recording interpreter
 * used to observe primitives.
 */
package dev.ivy.testkit;
