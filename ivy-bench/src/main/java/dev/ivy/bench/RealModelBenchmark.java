package dev.ivy.bench;

import ai.djl.ModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.onnx.OnnxModel;
import dev.ivy.onnx.PreparedOnnxModel;
import dev.ivy.testkit.OnnxReference;
import dev.ivy.trace.Executable;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Real PyTorch-exported ONNX models (resnet18, mobilenet_v2, squeezenet1_1, a 2-layer transformer
 * encoder, a 2-layer bidirectional LSTM) run by ONNX Runtime for Java ({@code ort}) and by Ivy's
 * paths, side by side in one JVM, on the reference input of each model's {@code NAME.json}:
 *
 * <ul>
 *   <li>{@code ort}: an {@code OrtSession} with default session options and 2 intra-op threads;
 *   <li>{@code eager-B}: {@code OnnxModel.run(Array...)} per call on backend B, in a {@link Scope}
 *       that frees the call's arrays;
 *   <li>{@code prepared-B}: {@code OnnxModel.prepare(B)} once (weights converted to backend B and
 *       what depends on them alone computed once), then {@code PreparedOnnxModel.run(Array...)} per
 *       call in a {@link Scope};
 *   <li>{@code compiled-B}: the model traced once ({@code OnnxModel.toGraph(examples)}) and run as
 *       {@code graph.toBackend(B)} (a TensorFlow graph on {@code tf}, the replay plan elsewhere).
 * </ul>
 *
 * <p>Before timing, the setup checks that the path's output matches the reference output within the
 * file's tolerances and throws otherwise, so a fast but wrong path cannot report. A path that
 * cannot run a model fails its own setup with a message naming the model and the path; JMH reports
 * it and goes on with the other combinations.
 *
 * <p>The models are read from the folder given by the system property {@code ivy.realmodels}, else
 * the environment variable {@code IVY_REALMODELS}, else {@code ivy-bench/target/realmodels}; {@code
 * bin/realmodels} generates them there.
 */
@State(org.openjdk.jmh.annotations.Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RealModelBenchmark {
  /** The model: {@code NAME.onnx} and {@code NAME.json} in the models folder. */
  @Param({"resnet18", "mobilenet_v2", "squeezenet1_1", "transformer_encoder", "bilstm"})
  public String model;

  /**
   * Who runs it: {@code ort}, {@code eager-B}, {@code prepared-B} or {@code compiled-B} for B in
   * torch, tf, nd4j.
   */
  @Param({
    "ort",
    "libtorch",
    "eager-torch",
    "eager-tf",
    "eager-nd4j",
    "prepared-torch",
    "prepared-tf",
    "prepared-nd4j",
    "compiled-torch",
    "compiled-tf",
    "compiled-nd4j"
  })
  public String path;

  /** ONNX Runtime's intra-op threads (the machine's core count where the figures come from). */
  static final int ORT_THREADS = 2;

  private OrtEnvironment env;
  private OrtSession session;
  private Map<String, OnnxTensor> ortInputs;
  private OnnxModel onnx;
  private Array[] inputs;
  private Executable compiled;
  private PreparedOnnxModel prepared;
  private boolean backendSet;
  private ZooModel<NDList, NDList> torchModel;
  private Predictor<NDList, NDList> torchPredictor;
  private NDManager torchManager;
  private NDList torchInputs;

  /** Returns the folder holding the real models (see the class comment). */
  static Path modelsDir() {
    String p = System.getProperty("ivy.realmodels");
    if (p == null || p.isEmpty()) {
      p = System.getenv("IVY_REALMODELS");
    }
    if (p == null || p.isEmpty()) {
      p = "ivy-bench/target/realmodels";
    }
    return Path.of(p).toAbsolutePath();
  }

  /** Loads the model for the path and checks its output against the reference. */
  @Setup(Level.Trial)
  public void setUp() throws OrtException {
    // see the catch below: every failure names the model and the path
    Path dir = modelsDir();
    Path json = dir.resolve(model + ".json");
    if (!Files.isRegularFile(json) || !Files.isRegularFile(dir.resolve(model + ".onnx"))) {
      throw new IllegalStateException(
          "RealModelBenchmark: "
              + model
              + ".onnx and "
              + model
              + ".json must be in "
              + dir
              + " (set -Divy.realmodels=DIR or IVY_REALMODELS=DIR); generate them with"
              + " bin/realmodels");
    }
    OnnxReference ref = OnnxReference.read(json);
    try {
      if (path.equals("ort")) {
        setUpOrt(ref);
      } else if (path.equals("libtorch")) {
        setUpLibtorch(ref, dir.resolve(model + ".pt"));
      } else {
        setUpIvy(ref);
      }
    } catch (RuntimeException | OrtException | IOException | ModelException e) {
      tearDown();
      throw new IllegalStateException(
          "RealModelBenchmark: path " + path + " cannot run " + model + ": " + e.getMessage(), e);
    }
  }

  private void setUpOrt(OnnxReference ref) throws OrtException {
    env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
      o.setIntraOpNumThreads(ORT_THREADS);
      session = env.createSession(ref.model().toString(), o);
    }
    ortInputs = new LinkedHashMap<>();
    try (Scope s = Ivy.scope();
        Ivy.BackendScope b = Ivy.withBackend("nd4j")) {
      OnnxModel m = OnnxModel.load(ref.model());
      for (Map.Entry<String, Array> e : ref.inputs(m, "nd4j").entrySet()) {
        ortInputs.put(e.getKey(), ortTensor(e.getValue()));
      }
      List<Array> out = new ArrayList<>();
      try (OrtSession.Result r = session.run(ortInputs)) {
        for (Map.Entry<String, OnnxValue> e : r) {
          out.add(toIvy((OnnxTensor) e.getValue()));
        }
      }
      check(ref, out);
    }
  }

  /**
   * The anchor of the torch paths: the same model traced by PyTorch to TorchScript ({@code
   * NAME.pt}, written by {@code bin/realmodels}) and run by libtorch through DJL's own API, no Ivy
   * in between: what libtorch's kernels give when the whole model is one native call.
   */
  private void setUpLibtorch(OnnxReference ref, Path pt) throws IOException, ModelException {
    if (!Files.isRegularFile(pt)) {
      throw new IllegalStateException(pt + " is missing; generate it with bin/realmodels");
    }
    Criteria<NDList, NDList> c =
        Criteria.builder()
            .setTypes(NDList.class, NDList.class)
            .optModelPath(pt)
            .optEngine("PyTorch")
            .optTranslator(new NoopTranslator())
            .build();
    torchModel = c.loadModel();
    torchPredictor = torchModel.newPredictor();
    torchManager = NDManager.newBaseManager("PyTorch");
    torchInputs = new NDList();
    try (Scope s = Ivy.scope();
        Ivy.BackendScope b = Ivy.withBackend("nd4j")) {
      OnnxModel m = OnnxModel.load(ref.model());
      for (Array a : ref.inputs(m, "nd4j").values()) {
        ai.djl.ndarray.types.Shape shape = new ai.djl.ndarray.types.Shape(a.shape().dims());
        torchInputs.add(
            a.dtype() == DType.INT64
                ? torchManager.create(a.toLongArray(), shape)
                : torchManager.create(a.toFloatArray(), shape));
      }
      try (NDList out = torchPredictor.predict(torchInputs)) {
        check(ref, List.of(Ivy.array(out.get(0).toFloatArray(), out.get(0).getShape().getShape())));
      } catch (TranslateException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private OnnxTensor ortTensor(Array a) throws OrtException {
    long[] shape = a.shape().dims();
    if (a.dtype() == DType.FLOAT32) {
      return OnnxTensor.createTensor(env, FloatBuffer.wrap(a.toFloatArray()), shape);
    }
    if (a.dtype() == DType.INT64) {
      return OnnxTensor.createTensor(env, LongBuffer.wrap(a.toLongArray()), shape);
    }
    throw new IllegalStateException("input dtype " + a.dtype() + " is not supported here");
  }

  private static Array toIvy(OnnxTensor t) {
    long[] shape = t.getInfo().getShape();
    FloatBuffer fb = t.getFloatBuffer();
    if (fb == null) {
      throw new IllegalStateException("ONNX Runtime output " + t.getInfo() + " is not float32");
    }
    float[] v = new float[fb.remaining()];
    fb.get(v);
    return Ivy.array(v, shape);
  }

  private void setUpIvy(OnnxReference ref) {
    int dash = path.indexOf('-');
    String kind = dash < 0 ? "" : path.substring(0, dash);
    String backend = path.substring(dash + 1);
    if (!kind.equals("eager") && !kind.equals("prepared") && !kind.equals("compiled")) {
      throw new IllegalStateException(
          "unknown path; expected ort, eager-B, prepared-B or compiled-B (B: torch, tf, nd4j)");
    }
    Ivy.setBackend(backend);
    backendSet = true;
    onnx = OnnxModel.load(ref.model());
    inputs = ref.inputs(onnx, backend).values().toArray(new Array[0]);
    if (kind.equals("compiled")) {
      compiled = onnx.toGraph(inputs).toBackend(backend);
    } else if (kind.equals("prepared")) {
      prepared = onnx.prepare(backend);
    }
    try (Scope s = Ivy.scope()) {
      check(ref, runIvy());
    }
  }

  private static void check(OnnxReference ref, List<Array> out) {
    List<String> bad = ref.compare(out);
    if (!bad.isEmpty()) {
      throw new IllegalStateException(
          "the output differs from "
              + ref.model().getFileName()
              + "'s reference (rtol "
              + ref.rtol()
              + ", atol "
              + ref.atol()
              + "): "
              + bad);
    }
  }

  private List<Array> runIvy() {
    if (compiled != null) {
      return compiled.run(inputs);
    }
    return prepared != null ? prepared.run(inputs) : onnx.run(inputs);
  }

  /** Frees the session, the compiled plan and the inputs. */
  @TearDown(Level.Trial)
  public void tearDown() {
    try {
      if (ortInputs != null) {
        ortInputs.values().forEach(OnnxTensor::close);
        ortInputs = null;
      }
      if (session != null) {
        session.close();
        session = null;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("RealModelBenchmark: closing the ORT session failed", e);
    }
    if (compiled != null) {
      compiled.close();
      compiled = null;
    }
    if (torchPredictor != null) {
      torchPredictor.close();
      torchPredictor = null;
    }
    if (torchModel != null) {
      torchModel.close();
      torchModel = null;
    }
    if (torchManager != null) {
      torchManager.close();
      torchManager = null;
    }
    if (prepared != null) {
      prepared.close();
      prepared = null;
    }
    if (inputs != null) {
      for (Array a : inputs) {
        a.close();
      }
      inputs = null;
    }
    if (backendSet) {
      Ivy.unsetBackend();
      backendSet = false;
    }
  }

  /** One inference of the model on the path; returns the first output's element count. */
  @Benchmark
  public long run() throws OrtException, TranslateException {
    if (torchPredictor != null) {
      try (NDList out = torchPredictor.predict(torchInputs)) {
        return out.get(0).size();
      }
    }
    if (session != null) {
      try (OrtSession.Result r = session.run(ortInputs)) {
        return ((OnnxTensor) r.get(0)).getInfo().getNumElements();
      }
    }
    try (Scope s = Ivy.scope()) {
      return runIvy().get(0).size();
    }
  }
}
