/** Saving and loading graphs ({@link dev.ivy.trace.io.GraphIO}). */
package dev.ivy.trace.io;
