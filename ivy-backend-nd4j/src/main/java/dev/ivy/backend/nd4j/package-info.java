/**
 * The ND4J (nd4j-native, CPU) backend of Ivy: kernels for every {@link dev.ivy.prim.Prim} on {@code
 * INDArray} payloads, host data conversion and deterministic freeing of native memory.
 *
 * <p>Registered as {@code nd4j} (alias {@code numpy}) through {@link
 * dev.ivy.backend.nd4j.Nd4jBackendProvider}. Every payload this backend returns is a detached,
 * C-ordered, non-view {@code INDArray} of exactly the promised shape and dtype; no ND4J workspace
 * is involved.
 *
 * <p>{@code graph.export("nd4j", spec)} turns a traced program into an ND4J {@code SameDiff} graph
 * that SameDiff runs, trains ({@code fit}) and saves without Ivy; {@code graph.toBackend("nd4j")}
 * compiles a traced program into a flat plan of this backend's kernels with its constants resident
 * ({@code Nd4jProgramCompiler}).
 */
package dev.ivy.backend.nd4j;
