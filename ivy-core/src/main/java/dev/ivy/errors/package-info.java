/**
 * The library's exceptions, all unchecked and rooted in {@link dev.ivy.errors.IvyException}.
 *
 * <p>Messages take the form {@code function: argument expectation; got actual}.
 */
package dev.ivy.errors;
