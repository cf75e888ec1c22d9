package dev.ivy.testkit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.ndarray.buffer.FloatDataBuffer;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.types.TFloat32;

/**
 * Loads a SavedModel with plain TensorFlow Java only, in a child JVM whose class path holds
 * TensorFlow Java's jars and this class alone (it imports nothing of Ivy): the proof that an
 * exported model leaves Ivy out of production. Used by {@code SavedModelExportTest}.
 *
 * <p>Arguments: the SavedModel directory and a request file of lines {@code input NAME DIMS V...}
 * (float32 values fed to the serving signature), {@code assign VARIABLE DIMS V...} (a new value
 * assigned to a variable with an {@code AssignVariableOp} built in the loaded graph) and {@code
 * train LR} (one SGD step: each variable minus LR times the model's output {@code grad/VARIABLE},
 * applied through the {@code assign_variables} signature). DIMS is {@code 2,3} or {@code -} for a
 * scalar. Prints {@code IVY_ON_CLASSPATH}, the signature, each {@code VarHandleOp} with its dtype
 * and shape, each variable's restored value, the outputs, the values assigned by a training step
 * ({@code ASSIGNED}), and after the assignments the outputs again ({@code OUTPUT_AFTER}).
 */
public final class SavedModelRunMain {
  private SavedModelRunMain() {}

  /** Runs the request; see the class description. */
  public static void main(String[] args) throws Exception {
    boolean ivy;
    try {
      Class.forName("dev.ivy.Ivy");
      ivy = true;
    } catch (ClassNotFoundException e) {
      ivy = false;
    }
    System.out.println("IVY_ON_CLASSPATH " + ivy);
    Map<String, float[]> inputs = new LinkedHashMap<>();
    Map<String, long[]> inputDims = new LinkedHashMap<>();
    Map<String, float[]> assigns = new LinkedHashMap<>();
    Map<String, long[]> assignDims = new LinkedHashMap<>();
    float lr = Float.NaN;
    for (String line : Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8)) {
      String[] f = line.trim().split(" ");
      if (f[0].equals("train")) {
        lr = Float.parseFloat(f[1]);
        continue;
      }
      if (f.length < 3) {
        continue;
      }
      long[] dims = f[2].equals("-") ? new long[0] : parseDims(f[2]);
      float[] v = new float[f.length - 3];
      for (int i = 0; i < v.length; i++) {
        v[i] = Float.parseFloat(f[3 + i]);
      }
      if (f[0].equals("input")) {
        inputs.put(f[1], v);
        inputDims.put(f[1], dims);
      } else {
        assigns.put(f[1], v);
        assignDims.put(f[1], dims);
      }
    }
    try (SavedModelBundle bundle = SavedModelBundle.load(args[0], "serve")) {
      org.tensorflow.Signature sig = bundle.function("serving_default").signature();
      System.out.println(
          "SIGNATURE "
              + sig.key()
              + " inputs="
              + new TreeSet<>(sig.inputNames())
              + " outputs="
              + new TreeSet<>(sig.outputNames()));
      TreeSet<String> keys = new TreeSet<>();
      bundle.signatures().forEach(x -> keys.add(x.key()));
      System.out.println("SIGNATURE_KEYS " + keys);
      List<String> variables = new ArrayList<>();
      for (NodeDef n : bundle.metaGraphDef().getGraphDef().getNodeList()) {
        if (n.getOp().equals("VarHandleOp")) {
          variables.add(n.getName());
          StringJoiner shape = new StringJoiner(",", "[", "]");
          n.getAttrMap()
              .get("shape")
              .getShape()
              .getDimList()
              .forEach(d -> shape.add(Long.toString(d.getSize())));
          System.out.println(
              "VARIABLE "
                  + n.getName()
                  + " "
                  + n.getAttrMap().get("dtype").getType()
                  + " "
                  + shape);
        }
      }
      Graph g = bundle.graph();
      Session s = bundle.session();
      Map<String, float[]> values = new LinkedHashMap<>();
      Map<String, long[]> shapes = new LinkedHashMap<>();
      int k = 0;
      for (String v : variables) {
        GraphOperation read =
            g.opBuilder("ReadVariableOp", "child/read_" + k++, g.baseScope())
                .addInput(g.operation(v).output(0))
                .setAttr("dtype", DataType.DT_FLOAT)
                .build();
        try (Result r = s.runner().fetch(read.output(0)).run()) {
          TFloat32 t = (TFloat32) r.get(0);
          values.put(v, floats(t));
          shapes.put(v, t.shape().asArray());
          System.out.println("VALUE " + v + " " + values(t));
        }
      }
      Map<String, float[]> outputs = run(bundle, inputs, inputDims, "OUTPUT");
      if (!Float.isNaN(lr)) {
        // one SGD step in plain TensorFlow: the model returns "grad/<variable>" outputs, the
        // update goes back through the "assign_variables" signature
        Map<String, Tensor> feed = new LinkedHashMap<>();
        try {
          for (Map.Entry<String, float[]> v : values.entrySet()) {
            float[] w = v.getValue().clone();
            float[] grad = outputs.get("grad/" + v.getKey());
            for (int i = 0; i < w.length; i++) {
              w[i] -= lr * grad[i];
            }
            feed.put(
                v.getKey(), TFloat32.tensorOf(Shape.of(shapes.get(v.getKey())), DataBuffers.of(w)));
          }
          try (Result r = bundle.function("assign_variables").call(feed)) {
            for (String name : new TreeSet<>(r.keySet())) {
              System.out.println(
                  "ASSIGNED " + name + " " + values((TFloat32) r.get(name).orElseThrow()));
            }
          }
        } finally {
          feed.values().forEach(Tensor::close);
        }
        run(bundle, inputs, inputDims, "OUTPUT_AFTER");
      }
      if (!assigns.isEmpty()) {
        for (Map.Entry<String, float[]> a : assigns.entrySet()) {
          try (TFloat32 t =
              TFloat32.tensorOf(
                  Shape.of(assignDims.get(a.getKey())), DataBuffers.of(a.getValue()))) {
            GraphOperation value =
                g.opBuilder("Const", "child/new_value_" + k, g.baseScope())
                    .setAttr("value", t)
                    .setAttr("dtype", DataType.DT_FLOAT)
                    .build();
            GraphOperation assign =
                g.opBuilder("AssignVariableOp", "child/assign_" + k++, g.baseScope())
                    .addInput(g.operation(a.getKey()).output(0))
                    .addInput(value.output(0))
                    .build();
            s.runner().addTarget(assign).run();
          }
        }
        run(bundle, inputs, inputDims, "OUTPUT_AFTER");
      }
    }
  }

  private static Map<String, float[]> run(
      SavedModelBundle bundle, Map<String, float[]> inputs, Map<String, long[]> dims, String tag) {
    Map<String, Tensor> feed = new LinkedHashMap<>();
    Map<String, float[]> outputs = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, float[]> e : inputs.entrySet()) {
        feed.put(
            e.getKey(),
            TFloat32.tensorOf(Shape.of(dims.get(e.getKey())), DataBuffers.of(e.getValue())));
      }
      try (Result r = bundle.function("serving_default").call(feed)) {
        for (String name : new TreeSet<>(r.keySet())) {
          TFloat32 t = (TFloat32) r.get(name).orElseThrow();
          outputs.put(name, floats(t));
          System.out.println(
              tag
                  + " "
                  + name
                  + " "
                  + Arrays.toString(t.shape().asArray()).replace(" ", "")
                  + " "
                  + values(t));
        }
      }
    } finally {
      feed.values().forEach(Tensor::close);
    }
    return outputs;
  }

  private static float[] floats(TFloat32 t) {
    FloatDataBuffer b = DataBuffers.ofFloats(t.size());
    t.copyTo(b);
    float[] r = new float[(int) t.size()];
    b.read(r);
    return r;
  }

  private static String values(TFloat32 t) {
    StringJoiner j = new StringJoiner(" ");
    for (float v : floats(t)) {
      j.add(Float.toString(v));
    }
    return j.toString();
  }

  private static long[] parseDims(String s) {
    String[] p = s.split(",");
    long[] d = new long[p.length];
    for (int i = 0; i < p.length; i++) {
      d[i] = Long.parseLong(p[i]);
    }
    return d;
  }
}
