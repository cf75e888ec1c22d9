package dev.ivy.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.tensorflow.EagerSession;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The backends' own calls, the baseline of every benchmark: ND4J {@code INDArray.add/mmul}, DJL
 * {@code NDArray.add/matMul} on the PyTorch engine, and TensorFlow Java eager {@code tf.math.add /
 * tf.linalg.matMul}. Each call's result is released right away, as Ivy's are.
 */
abstract class NativeOps implements AutoCloseable {
  /** Prepares operands of {@code shape} (float32, random values) and returns the baseline. */
  static NativeOps of(String backend, long[] shapeA, long[] shapeB) {
    switch (backend) {
      case "nd4j":
        return new Nd4jOps(shapeA, shapeB);
      case "torch":
        return new TorchOps(shapeA, shapeB);
      case "tf":
        return new TfOps(shapeA, shapeB);
      default:
        throw new IllegalArgumentException("unknown backend " + backend);
    }
  }

  static float[] random(long[] shape, long seed) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    float[] v = new float[Math.toIntExact(n)];
    Random r = new Random(seed);
    for (int i = 0; i < v.length; i++) {
      v[i] = r.nextFloat();
    }
    return v;
  }

  /** Adds the two operands and frees the result. */
  abstract Object add();

  /** Multiplies the two operands as matrices and frees the result. */
  abstract Object matmul();

  @Override
  public abstract void close();

  private static final class Nd4jOps extends NativeOps {
    private final INDArray a;
    private final INDArray b;

    Nd4jOps(long[] sa, long[] sb) {
      a = Nd4j.create(random(sa, 1), sa, 'c');
      b = Nd4j.create(random(sb, 2), sb, 'c');
    }

    @Override
    Object add() {
      INDArray r = a.add(b);
      r.close();
      return r;
    }

    @Override
    Object matmul() {
      INDArray r = a.mmul(b);
      r.close();
      return r;
    }

    @Override
    public void close() {
      a.close();
      b.close();
    }
  }

  private static final class TorchOps extends NativeOps {
    private final NDManager manager =
        NDManager.newBaseManager(
            ai.djl.engine.Engine.getEngine("PyTorch").defaultDevice(), "PyTorch");
    private final NDArray a;
    private final NDArray b;

    TorchOps(long[] sa, long[] sb) {
      a =
          manager
              .create(random(sa, 1), new ai.djl.ndarray.types.Shape(sa))
              .toType(DataType.FLOAT32, false);
      b =
          manager
              .create(random(sb, 2), new ai.djl.ndarray.types.Shape(sb))
              .toType(DataType.FLOAT32, false);
    }

    @Override
    Object add() {
      NDArray r = a.add(b);
      r.close();
      return r;
    }

    @Override
    Object matmul() {
      NDArray r = a.matMul(b);
      r.close();
      return r;
    }

    @Override
    public void close() {
      manager.close();
    }
  }

  private static final class TfOps extends NativeOps {
    private final EagerSession session = EagerSession.create();
    private final Ops tf = Ops.create(session);
    private final TFloat32 ta;
    private final TFloat32 tb;
    private final Operand<TFloat32> a;
    private final Operand<TFloat32> b;

    TfOps(long[] sa, long[] sb) {
      ta =
          TFloat32.tensorOf(
              org.tensorflow.ndarray.Shape.of(sa),
              org.tensorflow.ndarray.buffer.DataBuffers.of(random(sa, 1), true, false));
      tb =
          TFloat32.tensorOf(
              org.tensorflow.ndarray.Shape.of(sb),
              org.tensorflow.ndarray.buffer.DataBuffers.of(random(sb, 2), true, false));
      a = tf.constantOf(ta);
      b = tf.constantOf(tb);
    }

    @Override
    Object add() {
      return tf.math.add(a, b);
    }

    @Override
    Object matmul() {
      return tf.linalg.matMul(a, b);
    }

    @Override
    public void close() {
      ta.close();
      tb.close();
      session.close();
    }
  }
}
