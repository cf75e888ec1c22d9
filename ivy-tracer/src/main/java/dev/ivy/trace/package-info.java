/**
 * The tracer: records functions into graphs of primitive calls ({@link dev.ivy.trace.Tracer},
 * {@link dev.ivy.trace.Graph}) and replays them on any backend ({@link dev.ivy.trace.Executable}).
 */
package dev.ivy.trace;
