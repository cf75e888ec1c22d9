package dev.ivy.backend.tf;

import dev.ivy.DType;
import dev.ivy.Device;
import dev.ivy.Shape;
import dev.ivy.backend.Backend;
import dev.ivy.backend.KernelTable;
import dev.ivy.backend.ProgramCompiler;
import dev.ivy.backend.ProgramExporter;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

/**
 * TensorFlow (2.18, through TensorFlow Java's C API bindings) as an Ivy backend: eager operations
 * on the CPU. A payload is a {@link TFE_TensorHandle} owned by exactly one Ivy array and deleted in
 * {@link #free}; kernels run ops through the C API directly (no {@code EagerSession}), so no handle
 * outlives its array and per-op overhead is only TensorFlow's own.
 */
public final class TfBackend implements Backend {
  private final TfRuntime rt;
  private final KernelTable kernels;
  private final Optional<ProgramCompiler> compiler;
  private final Optional<ProgramExporter> exporter;

  /** Loads TensorFlow's natives and creates the eager context; prefer {@link TfBackendProvider}. */
  public TfBackend() {
    this.rt = new TfRuntime();
    KernelTable.Builder b = KernelTable.builder();
    new TfElementwiseKernels(rt).register(b);
    new TfCastKernels(rt).register(b);
    new TfReductionKernels(rt).register(b);
    new TfMovementKernels(rt).register(b);
    new TfCreationKernels(rt).register(b);
    new TfLinalgKernels(rt).register(b);
    new TfScanSortKernels(rt).register(b);
    new TfDecompositionKernels(rt).register(b);
    new TfScatterKernels(rt).register(b);
    new TfCoarseKernels(rt).register(b);
    this.kernels = b.build();
    this.compiler = Optional.of(new TfProgramCompiler(kernels));
    this.exporter = Optional.of(new TfSavedModelExporter(kernels));
  }

  @Override
  public String name() {
    return "tf";
  }

  @Override
  public Device device() {
    return Device.CPU;
  }

  @Override
  public KernelTable kernels() {
    return kernels;
  }

  /** Compiles traced programs into TensorFlow graphs run by a session. */
  @Override
  public Optional<ProgramCompiler> compiler() {
    return compiler;
  }

  /**
   * Exports traced programs to TensorFlow SavedModel directories that plain TensorFlow loads and
   * runs, variables included; {@code export} returns the directory's {@link java.nio.file.Path}.
   */
  @Override
  public Optional<ProgramExporter> exporter() {
    return exporter;
  }

  @Override
  public Object fromBytes(DType dtype, Shape shape, ByteBuffer data) {
    return TfConversions.fromBytes(rt.call(), dtype, shape, data);
  }

  @Override
  public ByteBuffer toBytes(Object payload, DType dtype, Shape shape) {
    return TfConversions.toBytes(rt.call(), (TFE_TensorHandle) payload, dtype, shape);
  }

  /** Returns the filters this backend keeps in TensorFlow's layouts. */
  TfLayoutCache layouts() {
    return rt.layouts();
  }

  /**
   * Deletes the tensor handle (and the filter layouts kept for it); its buffer is released once no
   * other handle shares it.
   */
  @Override
  public void free(Object payload) {
    rt.layouts().evict((TFE_TensorHandle) payload);
    TfCall.free((TFE_TensorHandle) payload);
  }

  /**
   * Returns 640, rounded up from the resident memory a held float32[16] array takes beside its
   * elements: a TensorFlow eager tensor handle, its tensor and buffer.
   */
  @Override
  public long arrayOverheadBytes() {
    return 640;
  }
}
