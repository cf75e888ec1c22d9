package dev.ivy.backend.tf;

import static org.tensorflow.internal.c_api.global.tensorflow.TFE_NewTensorHandle;
import static org.tensorflow.internal.c_api.global.tensorflow.TFE_TensorHandleResolve;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_AddInput;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_AddInputList;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_AllocateTensor;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_CloseSession;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteGraph;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteSession;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteSessionOptions;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteStatus;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteTensor;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_FinishOperation;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_GetCode;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_Message;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewGraph;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewOperation;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewSession;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewSessionOptions;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewStatus;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_OK;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_SessionRun;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_SetAttrBool;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_SetAttrFloat;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_SetAttrInt;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_SetAttrIntList;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_SetAttrShape;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_SetAttrString;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_SetAttrTensor;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_SetAttrType;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_SetConfig;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_TensorData;

import dev.ivy.DType;
import dev.ivy.backend.CompiledProgram;
import dev.ivy.backend.KernelTable;
import dev.ivy.backend.Program;
import dev.ivy.backend.ProgramCompiler;
import dev.ivy.prim.Prim;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.tensorflow.internal.c_api.TFE_TensorHandle;
import org.tensorflow.internal.c_api.TF_Graph;
import org.tensorflow.internal.c_api.TF_Operation;
import org.tensorflow.internal.c_api.TF_OperationDescription;
import org.tensorflow.internal.c_api.TF_Output;
import org.tensorflow.internal.c_api.TF_Session;
import org.tensorflow.internal.c_api.TF_SessionOptions;
import org.tensorflow.internal.c_api.TF_Status;
import org.tensorflow.internal.c_api.TF_Tensor;

/**
 * Compiles a {@link Program} into one TensorFlow graph ({@code TF_Graph}) run by a {@code
 * TF_Session}: a placeholder per input, a {@code Const} per constant and, per instruction, the ops
 * of {@link TfGraphRules} (the same raw ops with the same attributes as the eager kernels). A
 * program holding a primitive, params or dtype those rules do not cover is declined, and the tracer
 * replays it eagerly instead.
 *
 * <p>Inputs are fed as the tensors behind their eager handles and outputs come back as new eager
 * handles over the fetched tensors: on the CPU neither direction copies data.
 */
final class TfProgramCompiler implements ProgramCompiler {
  private final KernelTable kernels;

  TfProgramCompiler(KernelTable kernels) {
    this.kernels = kernels;
  }

  /**
   * Maps the coarse operations with TensorFlow ops ({@link TfCoarse}); a call among them the rules
   * refuse (an LSTM of float64) makes {@link #compile} decline the program.
   */
  @Override
  public boolean supports(Prim prim) {
    return !Prim.COARSE.contains(prim) || TfCoarse.dtypes().containsKey(prim);
  }

  @Override
  public Optional<CompiledProgram> compile(Program program) {
    for (Program.Instruction ins : program.instructions()) {
      if (!TfGraphRules.supports(kernels, ins)) {
        return Optional.empty();
      }
    }
    Builder b = new Builder();
    try {
      return Optional.of(b.build(program));
    } catch (RuntimeException e) {
      b.dispose();
      throw e;
    }
  }

  /** Builds one graph; not reused. */
  private static final class Builder implements TfGraphBuilder<TF_Output> {
    private final TF_Graph graph = TF_NewGraph();
    private final TF_Status status = TF_NewStatus();
    private final Map<Integer, TF_Output> values = new HashMap<>();
    private int counter;

    TfCompiledProgram build(Program program) {
      int n = program.inputs().size();
      TF_Output feeds = new TF_Output(Math.max(n, 1));
      for (int i = 0; i < n; i++) {
        Program.Input in = program.inputs().get(i);
        TF_OperationDescription d = TF_NewOperation(graph, "Placeholder", "input_" + i);
        TF_SetAttrType(d, "dtype", TfConversions.tfType(in.aval().dtype()));
        long[] dims = in.aval().shape().dims();
        TF_SetAttrShape(d, "shape", dims, dims.length);
        TF_Output o = output(finish(d));
        values.put(in.id(), o);
        feeds.position(i).oper(o.oper()).index(0);
      }
      for (Program.ConstantValue c : program.constants()) {
        values.put(c.id(), constant(c.aval().dtype(), c.aval().shape().dims(), c.buffer()));
      }
      for (Program.Instruction ins : program.instructions()) {
        int[] ids = ins.inputs();
        List<TF_Output> in = new ArrayList<>(ids.length);
        for (int id : ids) {
          in.add(values.get(id));
        }
        List<TF_Output> outs = TfGraphRules.emitAll(this, ins, in);
        for (int i = 0; i < outs.size(); i++) {
          values.put(ins.outputs()[i], outs.get(i));
        }
      }
      int m = program.outputs().size();
      TF_Output fetches = new TF_Output(Math.max(m, 1));
      for (int i = 0; i < m; i++) {
        // an Identity per output, so fetching an input or a constant is never special
        TF_Output o = op("Identity", List.of(values.get(program.outputs().get(i))));
        fetches.position(i).oper(o.oper()).index(0);
      }
      TF_SessionOptions opts = TF_NewSessionOptions();
      TF_Session session;
      try {
        byte[] config = TfSessionConfig.serialized();
        try (BytePointer bytes = new BytePointer(config)) {
          TF_SetConfig(opts, bytes, config.length, status);
        }
        check();
        session = TF_NewSession(graph, opts, status);
        check();
      } finally {
        TF_DeleteSessionOptions(opts);
      }
      TF_DeleteStatus(status);
      return new TfCompiledProgram(graph, session, feeds.position(0), n, fetches.position(0), m);
    }

    void dispose() {
      TF_DeleteGraph(graph);
      TF_DeleteStatus(status);
    }

    @Override
    public List<TF_Output> opN(String type, List<TF_Output> inputs, int outputs, Object... attrs) {
      TF_OperationDescription d = describe(type, inputs);
      for (int i = 0; i < attrs.length; i += 2) {
        String name = (String) attrs[i];
        Object v = attrs[i + 1];
        if (v instanceof Long l) {
          TF_SetAttrInt(d, name, l);
        } else if (v instanceof long[] l) {
          TF_SetAttrIntList(d, name, l, l.length);
        } else if (v instanceof Boolean bool) {
          TF_SetAttrBool(d, name, (byte) (bool ? 1 : 0));
        } else if (v instanceof Float f) {
          TF_SetAttrFloat(d, name, f);
        } else if (v instanceof DType t) {
          TF_SetAttrType(d, name, TfConversions.tfType(t));
        } else {
          byte[] bytes = ((String) v).getBytes(StandardCharsets.UTF_8);
          try (BytePointer p = new BytePointer(bytes)) {
            TF_SetAttrString(d, name, p, bytes.length);
          }
        }
      }
      TF_Operation op = finish(d);
      List<TF_Output> r = new ArrayList<>(outputs);
      for (int i = 0; i < outputs; i++) {
        r.add(new TF_Output().oper(op).index(i));
      }
      return r;
    }

    @Override
    public TF_Output cast(TF_Output x, DType to) {
      TF_OperationDescription d = describe("Cast", List.of(x));
      TF_SetAttrType(d, "DstT", TfConversions.tfType(to));
      return output(finish(d));
    }

    @Override
    public TF_Output reduce(String type, TF_Output x, TF_Output axes, boolean keepDims) {
      TF_OperationDescription d = describe(type, List.of(x, axes));
      TF_SetAttrBool(d, "keep_dims", (byte) (keepDims ? 1 : 0));
      return output(finish(d));
    }

    @Override
    public TF_Output concat(List<TF_Output> values, TF_Output axis) {
      TF_OperationDescription d = TF_NewOperation(graph, "ConcatV2", name());
      TF_Output list = new TF_Output(values.size());
      for (int i = 0; i < values.size(); i++) {
        list.position(i).oper(values.get(i).oper()).index(values.get(i).index());
      }
      TF_AddInputList(d, list.position(0), values.size());
      TF_AddInput(d, axis);
      return output(finish(d));
    }

    private TF_OperationDescription describe(String type, List<TF_Output> in) {
      TF_OperationDescription d = TF_NewOperation(graph, type, name());
      for (TF_Output o : in) {
        TF_AddInput(d, o);
      }
      return d;
    }

    private String name() {
      return "op_" + counter++;
    }

    private TF_Operation finish(TF_OperationDescription d) {
      TF_Operation op = TF_FinishOperation(d, status);
      check();
      return op;
    }

    private static TF_Output output(TF_Operation op) {
      return new TF_Output().oper(op).index(0);
    }

    @Override
    public TF_Output constant(DType dtype, long[] dims, ByteBuffer data) {
      ByteBuffer src = data.duplicate();
      long n = src.remaining();
      TF_Tensor t = TF_AllocateTensor(TfConversions.tfType(dtype), dims, dims.length, n);
      if (t == null || t.isNull()) {
        throw new TfNativeException("TensorFlow could not allocate " + n + " bytes");
      }
      try {
        if (n > 0) {
          new BytePointer(TF_TensorData(t)).capacity(n).asByteBuffer().put(src);
        }
        TF_OperationDescription d = TF_NewOperation(graph, "Const", name());
        TF_SetAttrTensor(d, "value", t, status);
        check();
        TF_SetAttrType(d, "dtype", TfConversions.tfType(dtype));
        return output(finish(d));
      } finally {
        TF_DeleteTensor(t);
      }
    }

    private void check() {
      if (TF_GetCode(status) != TF_OK) {
        throw new TfNativeException(
            "TensorFlow graph error " + TF_GetCode(status) + ": " + TF_Message(status).getString());
      }
    }
  }

  /** A built graph and its session. */
  private static final class TfCompiledProgram implements CompiledProgram {
    private TF_Graph graph;
    private TF_Session session;
    private final TF_Output feeds;
    private final int numFeeds;
    private final TF_Output fetches;
    private final int numFetches;
    // one set of native run buffers kept between runs; a concurrent run allocates its own
    private final AtomicReference<RunBuffers> spare = new AtomicReference<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    TfCompiledProgram(
        TF_Graph graph, TF_Session session, TF_Output feeds, int n, TF_Output fetches, int m) {
      this.graph = graph;
      this.session = session;
      this.feeds = feeds;
      this.numFeeds = n;
      this.fetches = fetches;
      this.numFetches = m;
    }

    @Override
    public Object[] run(Object[] inputs) {
      // runs share the session; close() waits for them before freeing it
      lock.readLock().lock();
      try {
        TF_Session s = session;
        if (s == null) {
          throw new IllegalStateException("TfProgramCompiler: program is closed");
        }
        return run(s, inputs);
      } finally {
        lock.readLock().unlock();
      }
    }

    private Object[] run(TF_Session s, Object[] inputs) {
      RunBuffers b = spare.getAndSet(null);
      if (b == null) {
        b = new RunBuffers(numFeeds, numFetches);
      }
      TF_Status status = b.status;
      try {
        for (int i = 0; i < numFeeds; i++) {
          // the tensor behind a CPU eager handle: shared, not copied
          b.resolved[i] = TFE_TensorHandleResolve((TFE_TensorHandle) inputs[i], status);
          check(status);
          b.in.put(i, b.resolved[i]);
        }
        TF_SessionRun(
            s,
            null,
            feeds,
            b.in,
            numFeeds,
            fetches,
            b.out,
            numFetches,
            (PointerPointer<?>) null,
            0,
            null,
            status);
        check(status);
        Object[] r = new Object[numFetches];
        try {
          for (int i = 0; i < numFetches; i++) {
            TF_Tensor t = b.out.get(TF_Tensor.class, i);
            b.out.put(i, null);
            try {
              TFE_TensorHandle h = TFE_NewTensorHandle(t, status);
              check(status);
              r[i] = h;
            } finally {
              TF_DeleteTensor(t);
            }
          }
        } catch (RuntimeException e) {
          for (Object h : r) {
            TfCall.free((TFE_TensorHandle) h);
          }
          throw e;
        }
        return r;
      } finally {
        b.release();
        if (!spare.compareAndSet(null, b)) {
          b.close();
        }
      }
    }

    @Override
    public void close() {
      lock.writeLock().lock();
      try {
        closeLocked();
      } finally {
        lock.writeLock().unlock();
      }
    }

    private void closeLocked() {
      if (session != null) {
        TF_Status status = TF_NewStatus();
        TF_CloseSession(session, status);
        TF_DeleteSession(session, status);
        TF_DeleteStatus(status);
        TF_DeleteGraph(graph);
        session = null;
        graph = null;
        RunBuffers b = spare.getAndSet(null);
        if (b != null) {
          b.close();
        }
      }
    }

    private static void check(TF_Status status) {
      if (TF_GetCode(status) != TF_OK) {
        throw new TfNativeException(
            "TensorFlow error " + TF_GetCode(status) + ": " + TF_Message(status).getString());
      }
    }
  }

  /** The native arrays one session run needs: status, feed and fetch tensor slots. */
  private static final class RunBuffers {
    final TF_Status status = TF_NewStatus();
    final PointerPointer<TF_Tensor> in;
    final PointerPointer<TF_Tensor> out;
    final TF_Tensor[] resolved;

    RunBuffers(int numFeeds, int numFetches) {
      in = new PointerPointer<>(Math.max(numFeeds, 1));
      out = new PointerPointer<>(Math.max(numFetches, 1));
      resolved = new TF_Tensor[numFeeds];
    }

    /** Frees the fed tensors and any fetched tensor not handed out, keeping the buffers. */
    void release() {
      for (int i = 0; i < resolved.length; i++) {
        if (resolved[i] != null) {
          TF_DeleteTensor(resolved[i]);
          resolved[i] = null;
        }
        in.put(i, null);
      }
      for (int i = 0; i < out.capacity(); i++) {
        TF_Tensor t = out.get(TF_Tensor.class, i);
        if (t != null && !t.isNull()) {
          // a failed run or a failed handle creation left it here
          TF_DeleteTensor(t);
        }
        out.put(i, null);
      }
    }

    void close() {
      in.close();
      out.close();
      TF_DeleteStatus(status);
    }
  }
}
