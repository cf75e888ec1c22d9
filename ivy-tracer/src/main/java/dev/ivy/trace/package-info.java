/**
 * The tracer: records functions into graphs of primitive calls ({@link dev.ivy.trace.Tracer},
 * {@link dev.ivy.trace.Graph}) and replays them on any backend ({@link dev.ivy.trace.Executable}).
 * Arguments may be structured ({@link dev.ivy.trace.TreeDef}: nested lists and maps of arrays,
 * static values), and a graph traced with {@link dev.ivy.TraceOptions#polymorphicBatch()} has a
 * symbolic batch size ({@link dev.ivy.trace.BatchPolymorphism}).
 */
package dev.ivy.trace;
