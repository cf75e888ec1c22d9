package dev.ivy.backend.tf;

import com.google.protobuf.ByteString;
import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.backend.ExportSpec;
import dev.ivy.backend.KernelTable;
import dev.ivy.backend.Program;
import dev.ivy.backend.ProgramExporter;
import dev.ivy.errors.BackendCapabilityException;
import dev.ivy.errors.BackendFailureException;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.prim.Prim;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.GraphOperationBuilder;
import org.tensorflow.Output;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.TensorProto;
import org.tensorflow.proto.TensorShapeProto;

/**
 * Exports a {@link Program} to a TensorFlow SavedModel directory that plain TensorFlow (TensorFlow
 * Java's {@code SavedModelBundle.load(dir, "serve")}, Python's {@code tf.saved_model.load}, TF
 * Serving) loads and runs without Ivy.
 *
 * <p>The directory holds one TF1-style graph tagged {@code "serve"}:
 *
 * <ul>
 *   <li>each program input named in {@link ExportSpec#variables()} is a resource variable: a {@code
 *       VarHandleOp} named after the input (shared name the same), read by a {@code
 *       ReadVariableOp}; its value is saved in {@code variables/variables.*} under that name and
 *       restored when the model is loaded;
 *   <li>every other input is a {@code Placeholder} named after the input, with the traced shape;
 *   <li>each primitive becomes the TensorFlow op its eager kernel runs ({@code AddV2}, {@code
 *       MatMul}, {@code StridedSlice}...), under the name scope {@code ivy/};
 *   <li>the signature {@code "serving_default"} (method {@code tensorflow/serving/predict}) takes
 *       the placeholders by their input names and returns the outputs by the spec's output names;
 *   <li>when there are variables, the signature {@code "assign_variables"} takes a new value for
 *       each variable by its name, assigns it and returns the value read back, by the same name: a
 *       trainer in plain TensorFlow applies its update through it;
 *   <li>a saver ({@code save/filename}, {@code save/control_dependency}, {@code save/restore_all})
 *       with {@code SaveV2}/{@code RestoreV2}, as Python's {@code tf.compat.v1.train.Saver} writes.
 * </ul>
 *
 * <p>A variable can also be assigned through the loaded session with an {@code AssignVariableOp} on
 * the op named after it. To train in plain TensorFlow, export a graph that also returns the
 * gradients (traced through {@code Ivy.vjp}), and apply the step through {@code
 * "assign_variables"}.
 *
 * <p>The primitives exported are those {@link TfGraphRules} covers, the same the TensorFlow graph
 * compiler builds (elementwise, comparisons, casts, reductions, movement, gather, matmul, fill,
 * iota, cumulative sums and products), in the dtypes the eager kernels accept, and the coarse
 * operations of {@link #supports} as TensorFlow's own ops ({@code Conv2D}, {@code MaxPool}, {@code
 * Softmax}...; the others arrive decomposed); anything else (decompositions, sorting, scatter,
 * control flow) raises {@link BackendCapabilityException}.
 */
final class TfSavedModelExporter implements ProgramExporter {
  /** The signature key TensorFlow Serving and {@code SavedModelBundle.call} use by default. */
  static final String SIGNATURE_KEY = "serving_default";

  /** The key of the signature that assigns new values to the variables. */
  static final String ASSIGN_KEY = "assign_variables";

  private static final String PREDICT = "tensorflow/serving/predict";

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(TfSavedModelExporter.class);

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9.][A-Za-z0-9_./>\\\\-]*");
  private final KernelTable kernels;

  TfSavedModelExporter(KernelTable kernels) {
    this.kernels = kernels;
  }

  /**
   * Writes {@code program} as a SavedModel into {@code spec.target()}.
   *
   * @return the SavedModel directory ({@link Path}, absolute)
   * @throws IvyArgumentException if the spec's names do not match the program (one unique name per
   *     input and per output; input names TensorFlow accepts as op names, not in the reserved
   *     scopes {@code ivy/} and {@code save/}), a variable is not an input or its value's shape or
   *     dtype differs from the input's, or the target is missing or a non-empty directory or a file
   * @throws BackendCapabilityException naming the primitive and dtype TensorFlow cannot export
   * @throws BackendFailureException if TensorFlow fails to build, run or write the model
   */
  /**
   * Maps the coarse operations whose every call {@link TfCoarse} builds (all with TensorFlow ops
   * but LSTM, which has them in float32 only), so no program exports worse than its decomposition.
   */
  @Override
  public boolean supports(Prim prim) {
    return !Prim.COARSE.contains(prim)
        || (TfCoarse.dtypes().containsKey(prim) && prim != Prim.LSTM);
  }

  @Override
  public Object export(Program program, ExportSpec spec) {
    check(program, spec);
    return write(program, null, spec);
  }

  /**
   * Writes {@code program} as {@link #export(Program, ExportSpec)} does with the batch size
   * symbolic, when {@code next} (the program at {@code batch + 1}) differs from it only in
   * constants that are affine in the batch size (or filled with one value, at a shape that is): the
   * batched placeholders and the signature declare -1, and those constants are computed from the
   * batch size read off a batched input. Otherwise returns null, having written nothing (logged).
   */
  @Override
  public Object exportPolymorphic(Program program, Program next, long batch, ExportSpec spec) {
    check(program, spec);
    try {
      return write(program, new TfBatchTwin(next, batch), spec);
    } catch (TfBatchTwin.Mismatch e) {
      LOG.info(
          "export: the batch size cannot stay symbolic in the SavedModel ({}); exported at the"
              + " traced batch size",
          e.getMessage());
      return null;
    }
  }

  private void check(Program program, ExportSpec spec) {
    checkSpec(program, spec);
    for (Program.Instruction ins : program.instructions()) {
      checkSupported(ins);
    }
  }

  private Path write(Program program, TfBatchTwin twin, ExportSpec spec) {
    Path dir = spec.target().toAbsolutePath().normalize();
    try (Graph graph = new Graph()) {
      Builder b = new Builder(graph, twin);
      List<Signature> signatures = b.build(program, spec);
      try (Session session = new Session(graph)) {
        for (GraphOperation init : b.initializers) {
          session.runner().addTarget(init).run();
        }
        SavedModelBundle.Exporter exporter = SavedModelBundle.exporter(dir.toString());
        for (Signature sig : signatures) {
          exporter.withFunction(SessionFunction.create(sig, session));
        }
        exporter.export();
      }
    } catch (TensorFlowException | IllegalArgumentException | IllegalStateException e) {
      throw new BackendFailureException(
          "export: TensorFlow failed to build or save the SavedModel at " + dir + ": " + e, e);
    } catch (IOException e) {
      throw new BackendFailureException(
          "export: could not write the SavedModel to " + dir + ": " + e, e);
    }
    return dir;
  }

  private static void checkSpec(Program program, ExportSpec spec) {
    spec.check(program); // counts, unique names, variables matching their inputs
    for (String name : spec.inputNames()) {
      if (!NAME.matcher(name).matches()
          || name.endsWith("/")
          || name.contains("//")
          || name.startsWith("ivy/")
          || name.startsWith("save/")
          || name.equals("ivy")
          || name.equals("save")) {
        throw new IvyArgumentException(
            "export: spec.inputNames must be TensorFlow op names ([A-Za-z0-9.][A-Za-z0-9_./>\\-]*,"
                + " no empty '/' segment; ExportSpec.safeName makes one), outside the scopes ivy/"
                + " and save/; got '"
                + name
                + "'");
      }
    }
    Path target = spec.target();
    if (target == null) {
      throw new IvyArgumentException(
          "export: spec.target must be the SavedModel directory to write; got null");
    }
    if (Files.isRegularFile(target)) {
      throw new IvyArgumentException(
          "export: spec.target must be a new or empty directory; got the file " + target);
    }
    if (Files.isDirectory(target)) {
      try (Stream<Path> s = Files.list(target)) {
        if (s.findAny().isPresent()) {
          throw new IvyArgumentException(
              "export: spec.target must be a new or empty directory; got the non-empty " + target);
        }
      } catch (IOException e) {
        throw new IvyArgumentException(
            "export: spec.target must be a readable directory; got " + target + " (" + e + ")");
      }
    }
  }

  private void checkSupported(Program.Instruction ins) {
    if (!TfGraphRules.supports(kernels, ins)) {
      DType dt = TfGraphRules.keyDType(ins);
      throw new BackendCapabilityException(
          "export: backend tf cannot export primitive "
              + ins.prim()
              + " with "
              + (dt == null ? "no input" : "dtype " + dt)
              + " and params "
              + ins.params()
              + " to a SavedModel");
    }
  }

  /** Builds one graph and its signature; not reused. */
  private static final class Builder implements TfGraphBuilder<Output<?>> {
    private final Graph graph;
    private final Map<Integer, Output<?>> values = new HashMap<>();
    private final List<GraphOperation> initializers = new ArrayList<>();
    private int counter;

    /** The program at the traced batch size + 1, or null to build at the traced size only. */
    private final TfBatchTwin twin;

    /** The calls recorded for the instruction being built, and the next one to compare. */
    private List<TfBatchTwin.Call> expected;

    private int pos;
    private boolean building;
    private Output<?> batchInput;
    private Output<?> batch;

    Builder(Graph graph, TfBatchTwin twin) {
      this.graph = graph;
      this.twin = twin;
    }

    /** Returns the call the rule made at the traced batch size + 1 in place of {@code c}. */
    private TfBatchTwin.Call expect(TfBatchTwin.Call c) {
      if (expected == null || building) {
        return null;
      }
      if (pos >= expected.size()) {
        throw new TfBatchTwin.Mismatch("an instruction builds more ops at another batch size");
      }
      TfBatchTwin.Call o = expected.get(pos++);
      if (!o.sameOp(c)) {
        throw new TfBatchTwin.Mismatch(
            "an instruction builds " + c.what() + " here and " + o.what() + " at another batch");
      }
      return o;
    }

    /**
     * Returns an int64 [1] value {@code scale * batch + offset} through {@code v0} and {@code v1}.
     */
    private Output<?> affine(double v0, double v1) {
      long b0 = twin.batch;
      double scale = v1 - v0;
      double offset = v0 - scale * b0;
      if (scale != Math.rint(scale) || offset != Math.rint(offset)) {
        throw new TfBatchTwin.Mismatch(
            "a constant is " + v0 + " at batch " + b0 + " and " + v1 + " at " + (b0 + 1));
      }
      if (batch == null) {
        Output<?> shape =
            describe("Shape", List.of(batchInput))
                .setAttr("out_type", DataType.DT_INT64)
                .build()
                .output(0);
        batch =
            op(
                "StridedSlice",
                List.of(
                    shape, longs(new long[] {0}), longs(new long[] {1}), longs(new long[] {1})));
      }
      Output<?> r =
          scale == 1 ? batch : op("Mul", List.of(batch, longs(new long[] {(long) scale})));
      return offset == 0 ? r : op("AddV2", List.of(r, longs(new long[] {(long) offset})));
    }

    /**
     * Returns a constant whose shape changes with the batch size as a {@code Fill} of a shape
     * computed from it, when both are filled with one value.
     */
    private Output<?> fill(DType dtype, long[] dims, ByteBuffer d0, TfBatchTwin.Call o) {
      byte[] v = TfBatchTwin.splat(d0, dtype);
      if (o.dims().length != dims.length
          || v == null
          || !Arrays.equals(v, TfBatchTwin.splat(o.data(), dtype))) {
        throw new TfBatchTwin.Mismatch(
            "a constant of shape " + Arrays.toString(dims) + " changes with the batch size");
      }
      ByteBuffer s0 = ByteBuffer.allocate(8 * dims.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      ByteBuffer s1 = ByteBuffer.allocate(8 * dims.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < dims.length; i++) {
        s0.putLong(8 * i, dims[i]);
        s1.putLong(8 * i, o.dims()[i]);
      }
      Output<?> shape = dynamic(DType.INT64, new long[] {dims.length}, s0, s1);
      building = true;
      try {
        ByteBuffer one = ByteBuffer.wrap(v).order(d0.order());
        return op("Fill", List.of(shape, constant(name(), dtype, new long[0], one)));
      } finally {
        building = false;
      }
    }

    /** Returns the constant {@code c0} (at the traced batch) computed from the batch size. */
    private Output<?> dynamic(DType dt, long[] dims, ByteBuffer d0, ByteBuffer d1) {
      building = true;
      try {
        if (dims.length == 0) {
          Output<?> s =
              op(
                  "Reshape",
                  List.of(
                      affine(TfBatchTwin.element(d0, dt, 0), TfBatchTwin.element(d1, dt, 0)),
                      ints(new int[0])));
          return dt == DType.INT64 ? s : cast(s, dt);
        }
        if (dims.length != 1 || (dt != DType.INT64 && dt != DType.INT32)) {
          throw new TfBatchTwin.Mismatch(
              "a " + dt + Arrays.toString(dims) + " constant changes with the batch size");
        }
        List<Output<?>> pieces = new ArrayList<>();
        int n = (int) dims[0];
        int i = 0;
        while (i < n) {
          double a = TfBatchTwin.element(d0, dt, i);
          double c = TfBatchTwin.element(d1, dt, i);
          if (a != c) {
            pieces.add(affine(a, c));
            i++;
            continue;
          }
          List<Long> run = new ArrayList<>();
          while (i < n && TfBatchTwin.element(d0, dt, i) == TfBatchTwin.element(d1, dt, i)) {
            run.add((long) TfBatchTwin.element(d0, dt, i));
            i++;
          }
          pieces.add(longs(run.stream().mapToLong(Long::longValue).toArray()));
        }
        Output<?> v =
            pieces.size() == 1 ? pieces.get(0) : concat(pieces, scalar(DType.INT32, 0, 0));
        return dt == DType.INT64 ? v : cast(v, dt);
      } finally {
        building = false;
      }
    }

    List<Signature> build(Program program, ExportSpec spec) {
      Signature.Builder sig = Signature.builder().key(SIGNATURE_KEY);
      List<String> varNames = new ArrayList<>();
      List<Output<?>> handles = new ArrayList<>();
      List<DType> varTypes = new ArrayList<>();
      for (int i = 0; i < program.inputs().size(); i++) {
        Program.Input in = program.inputs().get(i);
        String name = spec.inputNames().get(i);
        DType dt = in.aval().dtype();
        long[] dims = in.aval().shape().dims();
        Array init = spec.variables().get(name);
        if (init == null) {
          long[] declared = dims.clone();
          boolean batched = false;
          if (twin != null) {
            long[] d1 = twin.next.inputs().get(i).aval().shape().dims();
            batched = dims.length > 0 && dims[0] == twin.batch && d1[0] == dims[0] + 1;
            if (batched) {
              declared[0] = -1;
            }
          }
          Output<?> ph =
              graph
                  .opBuilder("Placeholder", name, graph.baseScope())
                  .setAttr("dtype", type(dt))
                  .setAttr("shape", org.tensorflow.ndarray.Shape.of(declared))
                  .build()
                  .output(0);
          if (batched && batchInput == null) {
            batchInput = ph;
          }
          values.put(in.id(), ph);
          sig.input(name, ph);
          continue;
        }
        Output<?> handle =
            graph
                .opBuilder("VarHandleOp", name, graph.baseScope())
                .setAttr("dtype", type(dt))
                .setAttr("shape", org.tensorflow.ndarray.Shape.of(dims))
                .setAttr("shared_name", name)
                .setAttr("container", "")
                .build()
                .output(0);
        ByteBuffer bytes = init.toBytes();
        Output<?> value = constant("ivy/" + name + "/initial_value", dt, dims, bytes);
        initializers.add(
            graph
                .opBuilder("AssignVariableOp", "ivy/" + name + "/assign", graph.baseScope())
                .addInput(handle)
                .addInput(value)
                .build());
        Output<?> read =
            graph
                .opBuilder("ReadVariableOp", "ivy/" + name + "/read", graph.baseScope())
                .addInput(handle)
                .setAttr("dtype", type(dt))
                .build()
                .output(0);
        values.put(in.id(), read);
        varNames.add(name);
        handles.add(handle);
        varTypes.add(dt);
      }
      if (twin != null && batchInput == null) {
        throw new TfBatchTwin.Mismatch("no input has the batch size on axis 0");
      }
      int ci = 0;
      for (Program.ConstantValue c : program.constants()) {
        Program.ConstantValue o = twin == null ? null : twin.next.constants().get(ci++);
        values.put(
            c.id(),
            o == null || o.buffer().equals(c.buffer())
                ? constant(name(), c.aval().dtype(), c.aval().shape().dims(), c.buffer())
                : dynamic(c.aval().dtype(), c.aval().shape().dims(), c.buffer(), o.buffer()));
      }
      int index = 0;
      for (Program.Instruction ins : program.instructions()) {
        int[] ids = ins.inputs();
        List<Output<?>> in = new ArrayList<>(ids.length);
        for (int id : ids) {
          in.add(values.get(id));
        }
        if (twin != null) {
          expected = twin.calls.get(index++);
          pos = 0;
        }
        List<Output<?>> outs;
        try {
          outs = TfGraphRules.emitAll(this, ins, in);
        } catch (TfBatchTwin.Mismatch e) {
          throw new TfBatchTwin.Mismatch(
              e.getMessage()
                  + ", in "
                  + ins.prim()
                  + " "
                  + ins.params()
                  + " of "
                  + List.of(ins.inAvals()));
        }
        if (twin != null && pos != expected.size()) {
          throw new TfBatchTwin.Mismatch("an instruction builds fewer ops at another batch size");
        }
        expected = null;
        for (int i = 0; i < outs.size(); i++) {
          values.put(ins.outputs()[i], outs.get(i));
        }
      }
      for (int i = 0; i < program.outputs().size(); i++) {
        // an Identity per output, so an output that is an input or a constant is never special
        Output<?> o =
            graph
                .opBuilder("Identity", "ivy/output_" + i, graph.baseScope())
                .addInput(values.get(program.outputs().get(i)))
                .build()
                .output(0);
        sig.output(spec.outputNames().get(i), o);
      }
      saver(varNames, handles, varTypes);
      List<Signature> r = new ArrayList<>();
      r.add(sig.methodName(PREDICT).build());
      if (!varNames.isEmpty()) {
        r.add(assignSignature(varNames, handles, varTypes, spec, program));
      }
      return r;
    }

    /**
     * Returns the signature {@value #ASSIGN_KEY}: it takes a new value for every variable, by the
     * variable's name, assigns them, and returns the values read after the assignment under the
     * same names, so that a trainer in plain TensorFlow can apply an update without building ops.
     */
    private Signature assignSignature(
        List<String> names,
        List<Output<?>> handles,
        List<DType> types,
        ExportSpec spec,
        Program program) {
      Signature.Builder sig = Signature.builder().key(ASSIGN_KEY);
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        DataType dt = type(types.get(i));
        long[] dims = program.inputs().get(spec.inputNames().indexOf(name)).aval().shape().dims();
        Output<?> value =
            graph
                .opBuilder("Placeholder", "ivy/" + name + "/new_value", graph.baseScope())
                .setAttr("dtype", dt)
                .setAttr("shape", org.tensorflow.ndarray.Shape.of(dims))
                .build()
                .output(0);
        GraphOperation assign =
            graph
                .opBuilder("AssignVariableOp", "ivy/" + name + "/assign_new", graph.baseScope())
                .addInput(handles.get(i))
                .addInput(value)
                .build();
        Output<?> read =
            graph
                .opBuilder("ReadVariableOp", "ivy/" + name + "/assigned", graph.baseScope())
                .addInput(handles.get(i))
                .addControlInput(assign)
                .setAttr("dtype", dt)
                .build()
                .output(0);
        sig.input(name, value).output(name, read);
      }
      return sig.methodName(PREDICT).build();
    }

    /**
     * Adds the ops TensorFlow's loader and TensorFlow Java's {@code Session.save} look for by name:
     * {@code save/filename}, {@code save/control_dependency} and {@code save/restore_all}.
     */
    private void saver(List<String> names, List<Output<?>> handles, List<DType> types) {
      Output<?> filename =
          graph
              .opBuilder("Placeholder", "save/filename", graph.baseScope())
              .setAttr("dtype", DataType.DT_STRING)
              .setAttr("shape", org.tensorflow.ndarray.Shape.scalar())
              .build()
              .output(0);
      GraphOperationBuilder save =
          graph.opBuilder("Identity", "save/control_dependency", graph.baseScope());
      GraphOperationBuilder restore =
          graph.opBuilder("NoOp", "save/restore_all", graph.baseScope());
      if (!names.isEmpty()) {
        Output<?> tensorNames = strings("save/SaveV2/tensor_names", names);
        Output<?> slices =
            strings("save/SaveV2/shape_and_slices", names.stream().map(s -> "").toList());
        Output<?>[] reads = new Output<?>[names.size()];
        DataType[] dtypes = new DataType[names.size()];
        for (int i = 0; i < reads.length; i++) {
          dtypes[i] = type(types.get(i));
          reads[i] =
              graph
                  .opBuilder("ReadVariableOp", "save/read_" + i, graph.baseScope())
                  .addInput(handles.get(i))
                  .setAttr("dtype", dtypes[i])
                  .build()
                  .output(0);
        }
        GraphOperation saveV2 =
            graph
                .opBuilder("SaveV2", "save/SaveV2", graph.baseScope())
                .addInput(filename)
                .addInput(tensorNames)
                .addInput(slices)
                .addInputList(reads)
                .build();
        save.addControlInput(saveV2);
        GraphOperation restoreV2 =
            graph
                .opBuilder("RestoreV2", "save/RestoreV2", graph.baseScope())
                .addInput(filename)
                .addInput(strings("save/RestoreV2/tensor_names", names))
                .addInput(
                    strings(
                        "save/RestoreV2/shape_and_slices", names.stream().map(s -> "").toList()))
                .setAttr("dtypes", dtypes)
                .build();
        for (int i = 0; i < reads.length; i++) {
          restore.addControlInput(
              graph
                  .opBuilder("AssignVariableOp", "save/AssignVariableOp_" + i, graph.baseScope())
                  .addInput(handles.get(i))
                  .addInput(restoreV2.output(i))
                  .build());
        }
      }
      save.addInput(filename).build();
      restore.build();
    }

    @Override
    public List<Output<?>> opN(String type, List<Output<?>> inputs, int outputs, Object... attrs) {
      expect(new TfBatchTwin.Call("op " + type + "/" + outputs, attrs.clone(), null, null, null));
      GraphOperationBuilder b = describe(type, inputs);
      for (int i = 0; i < attrs.length; i += 2) {
        String name = (String) attrs[i];
        Object v = attrs[i + 1];
        if (v instanceof Long l) {
          b.setAttr(name, (long) l);
        } else if (v instanceof long[] l) {
          b.setAttr(name, l);
        } else if (v instanceof Boolean bool) {
          b.setAttr(name, (boolean) bool);
        } else if (v instanceof Float f) {
          b.setAttr(name, (float) f);
        } else if (v instanceof DType t) {
          b.setAttr(name, type(t));
        } else {
          b.setAttr(name, (String) v);
        }
      }
      GraphOperation op = b.build();
      List<Output<?>> r = new ArrayList<>(outputs);
      for (int i = 0; i < outputs; i++) {
        r.add(op.output(i));
      }
      return r;
    }

    @Override
    public Output<?> cast(Output<?> x, DType to) {
      expect(new TfBatchTwin.Call("cast " + to, new Object[0], null, null, null));
      return describe("Cast", List.of(x)).setAttr("DstT", type(to)).build().output(0);
    }

    @Override
    public Output<?> reduce(String type, Output<?> x, Output<?> axes, boolean keepDims) {
      expect(
          new TfBatchTwin.Call("reduce " + type + " " + keepDims, new Object[0], null, null, null));
      return describe(type, List.of(x, axes)).setAttr("keep_dims", keepDims).build().output(0);
    }

    @Override
    public Output<?> concat(List<Output<?>> values, Output<?> axis) {
      expect(new TfBatchTwin.Call("concat " + values.size(), new Object[0], null, null, null));
      return graph
          .opBuilder("ConcatV2", name(), graph.baseScope())
          .addInputList(values.toArray(new Output<?>[0]))
          .addInput(axis)
          .build()
          .output(0);
    }

    @Override
    public Output<?> constant(DType dtype, long[] dims, ByteBuffer data) {
      TfBatchTwin.Call o = expect(new TfBatchTwin.Call("const", new Object[0], null, null, null));
      if (o != null && o.dtype() == dtype && !Arrays.equals(o.dims(), dims)) {
        return fill(dtype, dims, TfBatchTwin.copy(data), o);
      }
      if (o != null && o.dtype() != dtype) {
        throw new TfBatchTwin.Mismatch("a constant changes its dtype with the batch size");
      }
      if (o != null && !o.data().equals(TfBatchTwin.copy(data))) {
        return dynamic(dtype, dims, TfBatchTwin.copy(data), o.data());
      }
      return constant(name(), dtype, dims, data);
    }

    private GraphOperationBuilder describe(String type, List<Output<?>> in) {
      GraphOperationBuilder b = graph.opBuilder(type, name(), graph.baseScope());
      for (Output<?> o : in) {
        b.addInput(o);
      }
      return b;
    }

    private String name() {
      return "ivy/op_" + counter++;
    }

    private Output<?> constant(String name, DType dtype, long[] dims, ByteBuffer data) {
      TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
      for (long d : dims) {
        shape.addDim(TensorShapeProto.Dim.newBuilder().setSize(d));
      }
      TensorProto t =
          TensorProto.newBuilder()
              .setDtype(type(dtype))
              .setTensorShape(shape)
              .setTensorContent(ByteString.copyFrom(data.duplicate()))
              .build();
      return graph
          .opBuilder("Const", name, graph.baseScope())
          .setAttr("value", AttrValue.newBuilder().setTensor(t).build())
          .setAttr("dtype", type(dtype))
          .build()
          .output(0);
    }

    private Output<?> strings(String name, List<String> values) {
      TensorProto.Builder t =
          TensorProto.newBuilder()
              .setDtype(DataType.DT_STRING)
              .setTensorShape(
                  TensorShapeProto.newBuilder()
                      .addDim(TensorShapeProto.Dim.newBuilder().setSize(values.size())));
      for (String v : values) {
        t.addStringVal(ByteString.copyFromUtf8(v));
      }
      return graph
          .opBuilder("Const", name, graph.baseScope())
          .setAttr("value", AttrValue.newBuilder().setTensor(t).build())
          .setAttr("dtype", DataType.DT_STRING)
          .build()
          .output(0);
    }
  }

  private static DataType type(DType dtype) {
    return DataType.forNumber(TfConversions.tfType(dtype));
  }
}
