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

  /**
   * Decodes {@code t} (raw_data or the typed repeated fields), checking that the data holds exactly
   * the number of elements its dims give.
   *
   * @throws OnnxException on an unsupported type, external data, negative dims or a size mismatch
   */
  static Host decode(TensorProto t, String where) {
    String w = where + " '" + t.getName() + "'";
    if (t.getDataLocation() == TensorProto.DataLocation.EXTERNAL || t.getExternalDataCount() > 0) {
      throw new OnnxException(
          w + ": tensors stored as external data are not supported; embed them in the model file");
    }
    DType dt = dtype(t.getDataType(), w);
    long[] dims = new long[t.getDimsCount()];
    long n = 1;
    for (int i = 0; i < dims.length; i++) {
      dims[i] = t.getDims(i);
      if (dims[i] < 0) {
        throw new OnnxException(w + ": dims must be >= 0; got " + t.getDimsList());
      }
      n = Math.multiplyExact(n, dims[i]);
    }
    if (n > Integer.MAX_VALUE / 8) {
      throw new OnnxException(w + ": too many elements (" + n + ")");
    }
    int count = (int) n;
    ByteBuffer b = ByteBuffer.allocate(count * dt.byteSize()).order(ByteOrder.LITTLE_ENDIAN);
    if (t.hasRawData()) {
      ByteString raw = t.getRawData();
      if (raw.size() != b.capacity()) {
        throw new OnnxException(
            w
                + ": raw_data must hold "
                + count
                + " "
                + dt
                + " elements ("
                + b.capacity()
                + " bytes) for dims "
                + t.getDimsList()
                + "; got "
                + raw.size()
                + " bytes");
      }
      raw.copyTo(b);
      b.flip();
      return new Host(dt, Shape.of(dims), b);
    }
    int have;
    switch (dt) {
      case FLOAT32:
        have = t.getFloatDataCount();
        break;
      case FLOAT64:
        have = t.getDoubleDataCount();
        break;
      case INT64:
        have = t.getInt64DataCount();
        break;
      default:
        have = t.getInt32DataCount();
    }
    if (have != count) {
      throw new OnnxException(
          w
              + ": must hold "
              + count
              + " elements for dims "
              + t.getDimsList()
              + "; got "
              + have
              + " (typed fields, no raw_data)");
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
