package dev.ivy.backend.tf;

import static org.tensorflow.internal.c_api.global.tensorflow.TFE_DeleteTensorHandle;
import static org.tensorflow.internal.c_api.global.tensorflow.TFE_Execute;
import static org.tensorflow.internal.c_api.global.tensorflow.TFE_NewOp;
import static org.tensorflow.internal.c_api.global.tensorflow.TFE_OpAddInput;
import static org.tensorflow.internal.c_api.global.tensorflow.TFE_OpAddInputList;
import static org.tensorflow.internal.c_api.global.tensorflow.TFE_OpReset;
import static org.tensorflow.internal.c_api.global.tensorflow.TFE_OpSetAttrBool;
import static org.tensorflow.internal.c_api.global.tensorflow.TFE_OpSetAttrFloat;
import static org.tensorflow.internal.c_api.global.tensorflow.TFE_OpSetAttrInt;
import static org.tensorflow.internal.c_api.global.tensorflow.TFE_OpSetAttrIntList;
import static org.tensorflow.internal.c_api.global.tensorflow.TFE_OpSetAttrString;
import static org.tensorflow.internal.c_api.global.tensorflow.TFE_OpSetAttrType;
import static org.tensorflow.internal.c_api.global.tensorflow.TFE_TensorHandleCopySharingTensor;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_GetCode;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_Message;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewStatus;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_OK;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.tensorflow.internal.c_api.TFE_Context;
import org.tensorflow.internal.c_api.TFE_Op;
import org.tensorflow.internal.c_api.TFE_TensorHandle;
import org.tensorflow.internal.c_api.TF_Status;

/**
 * One thread's builder of eager TensorFlow operations over the C API: a reusable {@code TFE_Op},
 * status and output slots, so an op costs only its native calls.
 *
 * <p>Usage: {@code begin(name)}, then {@code in}/attrs in the op's order, then {@link #exec()}.
 * Every returned handle is owned by the caller and freed with {@link #free}. After each execution
 * the op is reset to {@code NoOp}, which drops its references to the inputs, so freeing a payload
 * releases its memory at once.
 */
final class TfCall {
  private static final BytePointer NO_OP = name("NoOp");
  private static final ConcurrentHashMap<String, BytePointer> NAMES = new ConcurrentHashMap<>();

  private final TFE_Context ctx;
  private final TF_Status status = TF_NewStatus();
  private final TFE_Op op;
  private final IntPointer numRetvals = new IntPointer(1);
  private final PointerPointer<TFE_TensorHandle> retvals = new PointerPointer<>(3);

  TfCall(TFE_Context ctx) {
    this.ctx = ctx;
    this.op = TFE_NewOp(ctx, NO_OP, status);
    check();
  }

  /** Returns a native, NUL-terminated copy of an op or attribute name, kept for the JVM's life. */
  static BytePointer name(String s) {
    return new BytePointer(s);
  }

  /**
   * Returns the native name of an op or attribute, made once per distinct name and kept for the
   * JVM's life (for rules that name ops by Java strings).
   */
  static BytePointer interned(String s) {
    return NAMES.computeIfAbsent(s, TfCall::name);
  }

  /** Starts building op {@code opName}. */
  TfCall begin(BytePointer opName) {
    TFE_OpReset(op, opName, (BytePointer) null, status);
    check();
    return this;
  }

  /** Adds one input (its type attribute is inferred). */
  TfCall in(TFE_TensorHandle h) {
    TFE_OpAddInput(op, h, status);
    check();
    return this;
  }

  /** Adds a list input (its length and type attributes are inferred). */
  TfCall inList(TFE_TensorHandle[] hs) {
    PointerPointer<TFE_TensorHandle> list = new PointerPointer<>(hs.length);
    try {
      for (int i = 0; i < hs.length; i++) {
        list.put(i, hs[i]);
      }
      TFE_OpAddInputList(op, list, hs.length, status);
    } finally {
      list.close();
    }
    check();
    return this;
  }

  /** Sets a type attribute. */
  TfCall type(BytePointer attr, int tfType) {
    TFE_OpSetAttrType(op, attr, tfType);
    return this;
  }

  /** Sets an int attribute. */
  TfCall attr(BytePointer attr, long value) {
    TFE_OpSetAttrInt(op, attr, value);
    return this;
  }

  /** Sets a bool attribute. */
  TfCall attr(BytePointer attr, boolean value) {
    TFE_OpSetAttrBool(op, attr, (byte) (value ? 1 : 0));
    return this;
  }

  /** Sets a float attribute. */
  TfCall attr(BytePointer attr, float value) {
    TFE_OpSetAttrFloat(op, attr, value);
    return this;
  }

  /** Sets an int-list attribute. */
  TfCall attr(BytePointer attr, long[] values) {
    TFE_OpSetAttrIntList(op, attr, values, values.length);
    return this;
  }

  /** Sets a string attribute (TensorFlow copies the value). */
  TfCall attr(BytePointer attr, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    try (BytePointer v = new BytePointer(bytes)) {
      TFE_OpSetAttrString(op, attr, v, bytes.length);
    }
    return this;
  }

  /** Runs the op and returns its single output, owned by the caller. */
  TFE_TensorHandle exec() {
    TFE_TensorHandle out = new TFE_TensorHandle();
    numRetvals.put(1);
    TFE_Execute(op, out, numRetvals, status);
    finish();
    return out;
  }

  /** Runs an op with two outputs and returns both, owned by the caller. */
  TFE_TensorHandle[] exec2() {
    numRetvals.put(2);
    retvals.put(0, null).put(1, null);
    TFE_Execute(op, retvals, numRetvals, status);
    finish();
    return new TFE_TensorHandle[] {
      new TFE_TensorHandle(retvals.get(0)), new TFE_TensorHandle(retvals.get(1))
    };
  }

  /** Runs an op with three outputs and returns them, owned by the caller. */
  TFE_TensorHandle[] exec3() {
    numRetvals.put(3);
    retvals.put(0, null).put(1, null).put(2, null);
    TFE_Execute(op, retvals, numRetvals, status);
    finish();
    return new TFE_TensorHandle[] {
      new TFE_TensorHandle(retvals.get(0)),
      new TFE_TensorHandle(retvals.get(1)),
      new TFE_TensorHandle(retvals.get(2))
    };
  }

  /** Runs an op with {@code n} outputs and returns them, owned by the caller. */
  TFE_TensorHandle[] execN(int n) {
    if (n == 1) {
      return new TFE_TensorHandle[] {exec()};
    }
    try (PointerPointer<TFE_TensorHandle> outs = new PointerPointer<>(n)) {
      numRetvals.put(n);
      TFE_Execute(op, outs, numRetvals, status);
      finish();
      TFE_TensorHandle[] r = new TFE_TensorHandle[n];
      for (int i = 0; i < n; i++) {
        r[i] = new TFE_TensorHandle(outs.get(i));
      }
      return r;
    }
  }

  /** Checks the execution's status and resets the op so it holds no inputs. */
  private void finish() {
    TfNativeException failure = TF_GetCode(status) == TF_OK ? null : failure();
    TFE_OpReset(op, NO_OP, (BytePointer) null, status);
    if (failure != null) {
      throw failure;
    }
    check();
  }

  /** Returns a new handle sharing {@code h}'s buffer (no copy), owned by the caller. */
  TFE_TensorHandle share(TFE_TensorHandle h) {
    // TensorFlow returns the same pointer with one more reference, and JavaCPP then returns the
    // argument's Java object: wrap it anew so freeing one payload never nulls the other
    TFE_TensorHandle out = new TFE_TensorHandle(TFE_TensorHandleCopySharingTensor(h, status));
    check();
    return out;
  }

  TF_Status status() {
    return status;
  }

  TFE_Context context() {
    return ctx;
  }

  /** Throws if the last call failed. */
  void check() {
    if (TF_GetCode(status) != TF_OK) {
      throw failure();
    }
  }

  private TfNativeException failure() {
    return new TfNativeException(
        "TensorFlow error " + TF_GetCode(status) + ": " + TF_Message(status).getString());
  }

  /** Frees a handle owned by a kernel; null is skipped. */
  static void free(TFE_TensorHandle h) {
    if (h != null && !h.isNull()) {
      TFE_DeleteTensorHandle(h);
      h.setNull();
    }
  }

  /** Frees handles owned by a kernel; nulls are skipped. */
  static void free(TFE_TensorHandle a, TFE_TensorHandle b) {
    free(a);
    free(b);
  }

  /** Frees handles owned by a kernel; nulls are skipped. */
  static void free(TFE_TensorHandle a, TFE_TensorHandle b, TFE_TensorHandle c) {
    free(a);
    free(b);
    free(c);
  }

  /** Frees handles owned by a kernel; nulls are skipped. */
  static void freeAll(TFE_TensorHandle... hs) {
    for (TFE_TensorHandle h : hs) {
      free(h);
    }
  }
}
