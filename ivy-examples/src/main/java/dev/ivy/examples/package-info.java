/**
 * Runnable examples to copy, each run by the test suite: {@link dev.ivy.examples.TrainCnn}, {@link
 * dev.ivy.examples.ImportOnnx}, {@link dev.ivy.examples.TorchToSavedModel} and {@link
 * dev.ivy.examples.TraceToSvg}; {@code ivy-examples/README.md} says how to run them.
 */
package dev.ivy.examples;
