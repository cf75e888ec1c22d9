package dev.ivy.onnx;

import com.google.protobuf.ByteString;
import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.onnx.proto.OnnxProto.TensorProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Conversions between ONNX {@code TensorProto}s, ONNX data-type codes and arrays. */
final class Tensors {
  private Tensors() {}

  /** Returns the dtype of ONNX data-type code {@code code}, or throws naming {@code where}. */
  static DType dtype(int code, String where) {
    switch (code) {
      case 1:
        return DType.FLOAT32;
      case 2:
        return DType.UINT8;
      case 3:
        return DType.INT8;
      case 5:
        return DType.INT16;
      case 6:
        return DType.INT32;
      case 7:
        return DType.INT64;
      case 9:
        return DType.BOOL;
      case 10:
        return DType.FLOAT16;
      case 11:
        return DType.FLOAT64;
      case 16:
        return DType.BFLOAT16;
      default:
        throw new OnnxException(
            where
                + ": data type must be one of FLOAT, DOUBLE, FLOAT16, BFLOAT16, INT8, INT16, INT32,"
                + " INT64, UINT8, BOOL; got "
                + name(code));
    }
  }

  /** Returns the ONNX data-type code of {@code dtype}. */
  static int code(DType dtype) {
    switch (dtype) {
      case FLOAT32:
        return 1;
      case UINT8:
        return 2;
      case INT8:
        return 3;
      case INT16:
        return 5;
      case INT32:
        return 6;
      case INT64:
        return 7;
      case BOOL:
        return 9;
      case FLOAT16:
        return 10;
      case FLOAT64:
        return 11;
      case BFLOAT16:
        return 16;
      default:
        throw new IllegalStateException("no ONNX code for " + dtype);
    }
  }

  private static String name(int code) {
    TensorProto.DataType t = TensorProto.DataType.forNumber(code);
    return t == null ? "code " + code : t.name() + " (" + code + ")";
  }

  /** A tensor decoded on the host: dtype, shape and little-endian bytes. */
  record Host(DType dtype, Shape shape, ByteBuffer data) {
    Array toArray() {
      return Ivy.fromBytes(data.duplicate(), dtype, shape);
    }
  }

  /** The most elements a tensor of a model file may announce (its bytes must fit a Java array). */
  static final long MAX_ELEMENTS = Integer.MAX_VALUE / 8;

  /**
   * Checks that {@code t} is a tensor this importer can decode and that its data holds exactly the
   * elements its dims and data type announce, without allocating anything for them, and returns its
   * dtype.
   *
   * <p>Checked: the data type is supported; the data is embedded (external data is refused); the
   * dims are >= 0 and their product at most {@link #MAX_ELEMENTS}; the data is in one place
   * (raw_data, or the one typed field of the data type: float_data for FLOAT, double_data for
   * DOUBLE, int64_data for INT64, int32_data for the other types), and its length is the product of
   * the dims times the element size (raw_data) or the product of the dims (typed field).
   *
   * @throws OnnxException naming {@code where} and the tensor if a check fails
   */
  static DType check(TensorProto t, String where) {
    String w = where + " '" + t.getName() + "'";
    if (t.getDataLocation() == TensorProto.DataLocation.EXTERNAL || t.getExternalDataCount() > 0) {
      throw new OnnxException(
          w + ": tensors stored as external data are not supported; embed them in the model file");
    }
    DType dt = dtype(t.getDataType(), w);
    long n = 1;
    for (long d : t.getDimsList()) {
      if (d < 0) {
        throw new OnnxException(w + ": dims must be >= 0; got " + t.getDimsList());
      }
      n = d == 0 || n == 0 ? 0 : n > MAX_ELEMENTS / d ? MAX_ELEMENTS + 1 : n * d;
    }
    if (n > MAX_ELEMENTS) {
      throw new OnnxException(
          w
              + ": dims "
              + t.getDimsList()
              + " announce more than "
              + MAX_ELEMENTS
              + " elements; a model file cannot hold them");
    }
    int typed = typedCount(t, dt);
    int others =
        t.getFloatDataCount()
            + t.getDoubleDataCount()
            + t.getInt64DataCount()
            + t.getInt32DataCount()
            + t.getUint64DataCount()
            + t.getStringDataCount()
            - typed;
    if (others > 0 || (t.hasRawData() && typed > 0)) {
      throw new OnnxException(
          w
              + ": a "
              + dt
              + " tensor keeps its data in raw_data or in "
              + typedField(dt)
              + " alone; it has data in "
              + (t.hasRawData() ? "raw_data and " : "")
              + "other fields");
    }
    if (t.hasRawData()) {
      long want = n * dt.byteSize();
      if (t.getRawData().size() != want) {
        throw new OnnxException(
            w
                + ": raw_data must hold "
                + n
                + " "
                + dt
                + " elements ("
                + want
                + " bytes) for dims "
                + t.getDimsList()
                + "; got "
                + t.getRawData().size()
                + " bytes");
      }
    } else if (typed != n) {
      throw new OnnxException(
          w
              + ": must hold "
              + n
              + " elements for dims "
              + t.getDimsList()
              + "; got "
              + typed
              + " in "
              + typedField(dt)
              + " (no raw_data)");
    }
    return dt;
  }

  private static int typedCount(TensorProto t, DType dt) {
    return switch (dt) {
      case FLOAT32 -> t.getFloatDataCount();
      case FLOAT64 -> t.getDoubleDataCount();
      case INT64 -> t.getInt64DataCount();
      default -> t.getInt32DataCount();
    };
  }

  private static String typedField(DType dt) {
    return switch (dt) {
      case FLOAT32 -> "float_data";
      case FLOAT64 -> "double_data";
      case INT64 -> "int64_data";
      default -> "int32_data";
    };
  }

  /**
   * Decodes {@code t} (raw_data or the typed repeated field) after {@link #check}ing it.
   *
   * @throws OnnxException as {@link #check}
   */
  static Host decode(TensorProto t, String where) {
    DType dt = check(t, where);
    long[] dims = t.getDimsList().stream().mapToLong(Long::longValue).toArray();
    int count = Math.toIntExact(Shape.of(dims).size());
    ByteBuffer b = ByteBuffer.allocate(count * dt.byteSize()).order(ByteOrder.LITTLE_ENDIAN);
    if (t.hasRawData()) {
      t.getRawData().copyTo(b);
      b.flip();
      return new Host(dt, Shape.of(dims), b);
    }
    for (int i = 0; i < count; i++) {
      switch (dt) {
        case FLOAT32:
          b.putFloat(t.getFloatData(i));
          break;
        case FLOAT64:
          b.putDouble(t.getDoubleData(i));
          break;
        case INT64:
          b.putLong(t.getInt64Data(i));
          break;
        case INT32:
          b.putInt(t.getInt32Data(i));
          break;
        case INT16:
        case FLOAT16:
        case BFLOAT16:
          b.putShort((short) t.getInt32Data(i));
          break;
        default:
          b.put((byte) t.getInt32Data(i));
      }
    }
    b.flip();
    return new Host(dt, Shape.of(dims), b);
  }

  /** Encodes {@code a} as a TensorProto named {@code name} with raw_data. */
  static TensorProto encode(String name, Array a) {
    TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(code(a.dtype()));
    for (long d : a.shape().dims()) {
      t.addDims(d);
    }
    ByteBuffer b = a.toBytes();
    return t.setRawData(ByteString.copyFrom(b.duplicate())).build();
  }
}
