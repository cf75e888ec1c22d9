package dev.ivy.backend.tf;

import dev.ivy.DType;
import dev.ivy.backend.Program;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the rules build for a program at batch size {@code batch + 1}, call by call per instruction:
 * the SavedModel exporter builds the program at {@code batch} and compares, so that what differs (a
 * reshape or broadcast shape, a count) is computed from the batch size in the graph and the batch
 * stays symbolic. Anything else that differs raises {@link Mismatch}, and the exporter exports at
 * the traced batch size instead.
 */
final class TfBatchTwin {
  /** One builder call: its kind and what must be equal at both batch sizes, or a constant. */
  record Call(String what, Object[] attrs, DType dtype, long[] dims, ByteBuffer data) {
    boolean sameOp(Call o) {
      return what.equals(o.what) && Arrays.deepEquals(attrs, o.attrs);
    }
  }

  /** The program differs at another batch size in a way that the batch size does not compute. */
  static final class Mismatch extends RuntimeException {
    Mismatch(String message) {
      super(message);
    }
  }

  final Program next;
  final long batch;
  final List<List<Call>> calls = new ArrayList<>();

  TfBatchTwin(Program next, long batch) {
    this.next = next;
    this.batch = batch;
    Recorder r = new Recorder();
    java.util.Map<Integer, Integer> values = new java.util.HashMap<>();
    for (Program.Input in : next.inputs()) {
      values.put(in.id(), r.token++);
    }
    for (Program.ConstantValue c : next.constants()) {
      values.put(c.id(), r.token++);
    }
    for (Program.Instruction ins : next.instructions()) {
      r.calls = new ArrayList<>();
      List<Integer> in = new ArrayList<>();
      for (int id : ins.inputs()) {
        in.add(values.get(id));
      }
      List<Integer> outs = TfGraphRules.emitAll(r, ins, in);
      for (int i = 0; i < outs.size(); i++) {
        values.put(ins.outputs()[i], outs.get(i));
      }
      calls.add(r.calls);
    }
  }

  /** Records the calls; values are tokens. */
  private static final class Recorder implements TfGraphBuilder<Integer> {
    int token;
    List<Call> calls;

    @Override
    public List<Integer> opN(String type, List<Integer> inputs, int outputs, Object... attrs) {
      calls.add(new Call("op " + type + "/" + outputs, attrs.clone(), null, null, null));
      List<Integer> r = new ArrayList<>();
      for (int i = 0; i < outputs; i++) {
        r.add(token++);
      }
      return r;
    }

    @Override
    public Integer cast(Integer x, DType to) {
      calls.add(new Call("cast " + to, new Object[0], null, null, null));
      return token++;
    }

    @Override
    public Integer reduce(String type, Integer x, Integer axes, boolean keepDims) {
      calls.add(new Call("reduce " + type + " " + keepDims, new Object[0], null, null, null));
      return token++;
    }

    @Override
    public Integer concat(List<Integer> values, Integer axis) {
      calls.add(new Call("concat " + values.size(), new Object[0], null, null, null));
      return token++;
    }

    @Override
    public Integer constant(DType dtype, long[] dims, ByteBuffer data) {
      calls.add(new Call("const", new Object[0], dtype, dims.clone(), copy(data)));
      return token++;
    }
  }

  static ByteBuffer copy(ByteBuffer data) {
    ByteBuffer d = data.duplicate();
    ByteBuffer c = ByteBuffer.allocate(d.remaining()).order(data.order());
    c.put(d).flip();
    return c;
  }

  /** Returns the bytes of the one value every element of {@code data} holds, or null. */
  static byte[] splat(ByteBuffer data, DType dtype) {
    int w = dtype.byteSize();
    ByteBuffer d = data.duplicate();
    if (w <= 0 || d.remaining() < w || d.remaining() % w != 0) {
      return null;
    }
    byte[] first = new byte[w];
    d.get(first);
    byte[] next = new byte[w];
    while (d.hasRemaining()) {
      d.get(next);
      if (!Arrays.equals(first, next)) {
        return null;
      }
    }
    return first;
  }

  /** Returns element {@code i} of a constant of {@code dtype} as a double. */
  static double element(ByteBuffer data, DType dtype, int i) {
    return switch (dtype) {
      case INT64 -> data.getLong(data.position() + 8 * i);
      case INT32 -> data.getInt(data.position() + 4 * i);
      case FLOAT32 -> data.getFloat(data.position() + 4 * i);
      case FLOAT64 -> data.getDouble(data.position() + 8 * i);
      default -> throw new Mismatch("a " + dtype + " constant changes with the batch size");
    };
  }
}
