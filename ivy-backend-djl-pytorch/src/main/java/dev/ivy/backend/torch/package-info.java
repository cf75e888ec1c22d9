/**
 * The PyTorch backend of Ivy, through DJL's PyTorch engine (libtorch CPU natives from Maven
 * Central, loaded offline).
 *
 * <p>Payloads are DJL {@code PtNDArray}s attached to one long-lived root manager and freed by
 * {@link ai.djl.ndarray.NDArray#close()}. Most kernels call libtorch through DJL's {@code
 * JniUtils}; the operators DJL does not expose (bitwise ops and shifts, Python-style floor division
 * and remainder, stable sorts, int16 and bfloat16 storage...) run as methods of a small TorchScript
 * module that {@link dev.ivy.backend.torch.TorchScriptOps} assembles in memory and libtorch
 * compiles at load time.
 *
 * <p>{@link dev.ivy.backend.torch.TorchProgramBlock} is the export of a traced program to a DJL
 * {@code Block} ({@code graph.export("torch", spec)}) that DJL's {@code Trainer} trains.
 */
package dev.ivy.backend.torch;
