/**
 * The core functional API as composites of primitives, one class per category; {@link dev.ivy.Ivy}
 * declares each core function once and delegates here in one statement. The public classes of this
 * package are the shared implementation that the frontends, the ONNX importer, the optimizers and
 * the backends call as well (each is used outside {@code dev.ivy}); helpers that only back other
 * classes of this package ({@code Windows}, {@code StdHashSetOrder}) are package-private. Users
 * should call {@link dev.ivy.Ivy} or a frontend rather than these classes.
 */
package dev.ivy.ops;
