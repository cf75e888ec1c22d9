package dev.ivy.backend.torch;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.jni.JniUtils;
import dev.ivy.DType;
import dev.ivy.Device;
import dev.ivy.Shape;
import dev.ivy.backend.Backend;
import dev.ivy.backend.KernelTable;
import dev.ivy.backend.ProgramCompiler;
import dev.ivy.backend.ProgramExporter;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PyTorch backend: libtorch (CPU) through DJL's PyTorch engine. Payloads are {@code PtNDArray}s
 * of one root manager; {@link #free} closes them, which deletes the libtorch tensor and detaches
 * the array from the manager.
 */
public final class TorchBackend implements Backend {
  /** The canonical backend name. */
  public static final String NAME = "torch";

  private static final Logger LOG = LoggerFactory.getLogger(TorchBackend.class);

  private final PtNDManager manager;
  private final TorchScriptOps script;
  private final KernelTable kernels;
  private final TorchProgramCompiler compiler;

  private TorchBackend(PtNDManager manager, TorchScriptOps script) {
    this.manager = manager;
    this.script = script;
    KernelTable.Builder b = KernelTable.builder();
    new TorchElementwiseKernels(script).register(b);
    new TorchReductionKernels(script).register(b);
    new TorchMovementKernels(manager, script).register(b);
    new TorchCreationKernels(manager, script).register(b);
    TorchLinalgKernels.register(b);
    new TorchDecompositionKernels(script).register(b);
    new TorchScatterKernels(script).register(b);
    new TorchCoarseKernels(script).register(b);
    this.kernels = b.build();
    this.compiler = new TorchProgramCompiler(manager, script, kernels);
  }

  /** Configures DJL for offline, quiet loading, loads libtorch and builds the backend. */
  static TorchBackend load() {
    quietAndOffline();
    Engine engine = Engine.getEngine("PyTorch");
    PtNDManager manager = (PtNDManager) engine.newBaseManager(ai.djl.Device.cpu());
    JniUtils.setGraphExecutorOptimize(false);
    TorchScriptOps script = TorchScriptOps.load(manager);
    LOG.debug("PyTorch {} loaded through DJL", engine.getVersion());
    return new TorchBackend(manager, script);
  }

  /**
   * Sets, unless the user already set them, the system properties that keep DJL offline and quiet:
   * no download, the bundled CPU flavor, no graph-executor profiling, and DJL's load-time INFO
   * lines and CUDA-probe warnings below the level slf4j-simple prints.
   */
  private static void quietAndOffline() {
    setIfAbsent("ai.djl.offline", "true");
    setIfAbsent("PYTORCH_FLAVOR", "cpu");
    setIfAbsent("ai.djl.pytorch.graph_optimizer", "false");
    setIfAbsent("org.slf4j.simpleLogger.log.ai.djl", "warn");
    setIfAbsent("org.slf4j.simpleLogger.log.ai.djl.util.cuda", "off");
    setIfAbsent("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "off");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Device device() {
    return Device.CPU;
  }

  @Override
  public KernelTable kernels() {
    return kernels;
  }

  @Override
  public Object fromBytes(DType dtype, Shape shape, ByteBuffer data) {
    return TorchConversions.fromBytes(manager, script, dtype, shape, data);
  }

  @Override
  public ByteBuffer toBytes(Object payload, DType dtype, Shape shape) {
    return TorchConversions.toBytes((PtNDArray) payload);
  }

  @Override
  public void free(Object payload) {
    ((NDArray) payload).close();
  }

  /**
   * Returns 384, rounded up from the resident memory a held float32[16] array takes beside its
   * elements: a LibTorch tensor's implementation and storage, and allocator rounding.
   */
  @Override
  public long arrayOverheadBytes() {
    return 384;
  }

  /**
   * Returns the compiler of traced programs into one TorchScript module each ({@link
   * TorchProgramCompiler}), which {@code graph.toBackend("torch")} runs instead of replaying the
   * graph primitive by primitive.
   */
  @Override
  public Optional<ProgramCompiler> compiler() {
    return Optional.of(compiler);
  }

  /**
   * Returns the export of traced programs to DJL blocks ({@link TorchProgramBlock}) that DJL's
   * PyTorch engine runs and trains.
   */
  @Override
  public Optional<ProgramExporter> exporter() {
    return Optional.of(new TorchExporter(kernels, script));
  }

  /** Returns the root manager all payloads are attached to (for tests and diagnostics). */
  public PtNDManager manager() {
    return manager;
  }
}
