package dev.ivy.onnx;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.ivy.Array;
import dev.ivy.onnx.proto.OnnxProto.TensorProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads serialized ONNX {@code TensorProto}s (the {@code input_K.pb} and {@code output_K.pb} files
 * of the ONNX backend tests) as arrays of the current backend.
 *
 * <pre>{@code
 * Array x = OnnxTensors.read(Path.of("test_abs/test_data_set_0/input_0.pb"));
 * }</pre>
 */
public final class OnnxTensors {
  private OnnxTensors() {}

  /**
   * Reads the serialized {@code TensorProto} at {@code path} as an array of the current backend.
   *
   * @throws OnnxException if the file cannot be read, is not a TensorProto, or holds a data type
   *     the library has no dtype for (strings, unsigned 16-64 bit, complex) or data that does not
   *     match its dims
   */
  public static Array read(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new OnnxException("OnnxTensors.read: cannot read " + path + ": " + e, e);
    }
    return read(bytes, path.toString());
  }

  /**
   * Reads a serialized {@code TensorProto} as an array of the current backend; {@code source} names
   * it in messages.
   *
   * @throws OnnxException as {@link #read(Path)}
   */
  public static Array read(byte[] bytes, String source) {
    TensorProto t;
    try {
      t = TensorProto.parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      throw new OnnxException(
          "OnnxTensors.read: " + source + " is not a serialized TensorProto: " + e.getMessage(), e);
    }
    return Tensors.decode(t, "OnnxTensors.read: " + source + ", tensor").toArray();
  }
}
