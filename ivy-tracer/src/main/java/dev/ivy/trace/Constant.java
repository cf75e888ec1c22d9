package dev.ivy.trace;

import dev.ivy.prim.Aval;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A constant value of a {@link Graph}: its aval and its elements as little-endian row-major bytes.
 *
 * @param aval shape and dtype
 * @param bytes the elements
 */
public record Constant(Aval aval, byte[] bytes) {
  /** Defensive copy. */
  public Constant {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Returns a read-only little-endian view of the bytes. */
  public ByteBuffer buffer() {
    return ByteBuffer.wrap(bytes).asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
  }

  /** Returns the number of bytes. */
  public int byteSize() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Constant c && aval.equals(c.aval) && Arrays.equals(bytes, c.bytes);
  }

  @Override
  public int hashCode() {
    return aval.hashCode() * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Constant(" + aval + ", " + bytes.length + " bytes)";
  }
}
