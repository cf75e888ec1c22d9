package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.errors.IvyException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Reads and writes named arrays in the <a
 * href="https://huggingface.co/docs/safetensors">safetensors</a> format, the file format of {@link
 * Module#save} and {@link Module#load}.
 *
 * <p>Layout of a file:
 *
 * <ol>
 *   <li>8 bytes: N, the header's length in bytes, an unsigned little-endian 64-bit integer;
 *   <li>N bytes: the header, a UTF-8 JSON object mapping each tensor name to {@code {"dtype":
 *       "F32", "shape": [2, 3], "data_offsets": [begin, end]}}, plus an optional {@code
 *       "__metadata__"} object of string values; padded with spaces to a multiple of 8 bytes;
 *   <li>the data: each tensor's elements in row-major order, little-endian, at bytes [begin, end)
 *       counted from the start of the data; together they cover the data exactly.
 * </ol>
 *
 * <p>Dtype codes: BOOL, U8, I8, I16, I32, I64, F16, BF16, F32, F64. Names are a module's paths with
 * '.' in place of '/' ({@code layers/0/weight} is {@code layers.0.weight}), as PyTorch's {@code
 * state_dict} names them, so a file written by {@code
 * safetensors.torch.save_file(model.state_dict(), f)} loads into the matching Ivy module. Files
 * written here add {@code "__metadata__": {"format": "pt", "ivy.crc32": "<hex>"}}; the CRC-32 of
 * the data, when present, is checked on reading, so a damaged data section is reported rather than
 * loaded.
 */
public final class SafeTensors {
  private static final long MAX_HEADER = 100L * 1024 * 1024;

  private SafeTensors() {}

  /**
   * Writes {@code arrays} (by slash path) to {@code file}, names written with '.' for '/'.
   *
   * @throws IvyException naming the file if it cannot be written
   */
  public static void write(Path file, Map<String, Array> arrays) {
    List<byte[]> blobs = new ArrayList<>();
    StringBuilder h = new StringBuilder("{");
    long offset = 0;
    CRC32 crc = new CRC32();
    for (Map.Entry<String, Array> e : arrays.entrySet()) {
      Array a = e.getValue();
      ByteBuffer bb = a.toBytes().order(ByteOrder.LITTLE_ENDIAN);
      byte[] bytes = new byte[bb.remaining()];
      bb.get(bytes);
      blobs.add(bytes);
      crc.update(bytes);
      h.append(h.length() > 1 ? "," : "");
      h.append(quote(e.getKey().replace('/', '.')))
          .append(":{\"dtype\":\"")
          .append(code(a.dtype()))
          .append("\",\"shape\":[");
      long[] d = a.shape().dims();
      for (int i = 0; i < d.length; i++) {
        h.append(i > 0 ? "," : "").append(d[i]);
      }
      h.append("],\"data_offsets\":[")
          .append(offset)
          .append(',')
          .append(offset + bytes.length)
          .append("]}");
      offset += bytes.length;
    }
    h.append(h.length() > 1 ? "," : "")
        .append("\"__metadata__\":{\"format\":\"pt\",\"ivy.crc32\":\"")
        .append(Long.toHexString(crc.getValue()))
        .append("\"}}");
    while (h.length() % 8 != 0) {
      h.append(' ');
    }
    byte[] header = h.toString().getBytes(StandardCharsets.UTF_8);
    ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(8 + header.length + offset));
    out.order(ByteOrder.LITTLE_ENDIAN).putLong(header.length).put(header);
    blobs.forEach(out::put);
    try {
      Files.write(file, out.array());
    } catch (IOException | RuntimeException e) {
      throw new IvyException("SafeTensors.write: cannot write '" + file + "': " + e, e);
    }
  }

  /**
   * Reads every tensor of {@code file} onto the current backend, by slash path, in file order.
   *
   * @throws IvyException naming the file if it cannot be read, is truncated, has a malformed
   *     header, an unknown dtype, offsets that do not fit the data, or data whose CRC differs
   */
  public static Map<String, Array> read(Path file) {
    byte[] all;
    try {
      all = Files.readAllBytes(file);
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      throw new IvyException("SafeTensors.read: cannot read '" + file + "': " + e, e);
    }
    String fn = "SafeTensors.read('" + file + "')";
    if (all.length < 8) {
      throw bad(
          fn, "the file is truncated: " + all.length + " bytes, less than the 8-byte header size");
    }
    ByteBuffer bb = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
    long n = bb.getLong(0);
    if (n < 2 || n > MAX_HEADER || n > all.length - 8) {
      throw bad(
          fn,
          "the header size field ("
              + Long.toUnsignedString(n)
              + ") does not fit the file of "
              + all.length
              + " bytes: truncated or not a safetensors file");
    }
    String json = new String(all, 8, (int) n, StandardCharsets.UTF_8);
    Object parsed;
    try {
      parsed = new Json(json).parseAll();
    } catch (IvyArgumentException e) {
      throw bad(fn, "the header is not valid JSON (" + e.getMessage() + ")");
    }
    if (!(parsed instanceof Map<?, ?> header)) {
      throw bad(fn, "the header must be a JSON object");
    }
    int dataStart = 8 + (int) n;
    long dataLen = all.length - dataStart;
    LinkedHashMap<String, Array> r = new LinkedHashMap<>();
    long covered = 0;
    String crcHex = null;
    List<Object[]> entries = new ArrayList<>();
    for (Map.Entry<?, ?> e : header.entrySet()) {
      String name = (String) e.getKey();
      if (name.equals("__metadata__")) {
        if (e.getValue() instanceof Map<?, ?> meta && meta.get("ivy.crc32") instanceof String s) {
          crcHex = s;
        }
        continue;
      }
      if (!(e.getValue() instanceof Map<?, ?> t)) {
        throw bad(fn, "the entry of tensor '" + name + "' must be an object");
      }
      DType dt = dtype(fn, name, t.get("dtype"));
      long[] shape = longs(fn, name, "shape", t.get("shape"), -1);
      long[] off = longs(fn, name, "data_offsets", t.get("data_offsets"), 2);
      long numel = 1;
      for (long d : shape) {
        if (d < 0 || (d > 0 && numel > Long.MAX_VALUE / d)) {
          throw bad(fn, "tensor '" + name + "' has an invalid shape " + t.get("shape"));
        }
        numel *= d;
      }
      if (off[0] < 0 || off[1] < off[0] || off[1] > dataLen) {
        throw bad(
            fn,
            "tensor '"
                + name
                + "' has data_offsets ["
                + off[0]
                + ", "
                + off[1]
                + "] outside the "
                + dataLen
                + " data bytes: truncated or corrupt file");
      }
      if (off[1] - off[0] != numel * dt.byteSize()) {
        throw bad(
            fn,
            "tensor '"
                + name
                + "' of "
                + dt
                + Shape.of(shape)
                + " needs "
                + numel * dt.byteSize()
                + " bytes; its data_offsets span "
                + (off[1] - off[0]));
      }
      String path = name.replace('.', '/');
      if (path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.contains("//")) {
        throw bad(fn, "tensor name '" + name + "' is not a valid path");
      }
      covered += off[1] - off[0];
      entries.add(new Object[] {path, dt, Shape.of(shape), off});
    }
    if (covered != dataLen) {
      throw bad(
          fn,
          "the tensors cover "
              + covered
              + " bytes but the data section has "
              + dataLen
              + ": truncated or corrupt file");
    }
    if (crcHex != null) {
      CRC32 crc = new CRC32();
      crc.update(all, dataStart, (int) dataLen);
      if (!Long.toHexString(crc.getValue()).equalsIgnoreCase(crcHex)) {
        throw bad(fn, "the data's CRC-32 differs from the header's: the file is corrupt");
      }
    }
    for (Object[] e : entries) {
      long[] off = (long[]) e[3];
      ByteBuffer slice =
          ByteBuffer.wrap(all, dataStart + (int) off[0], (int) (off[1] - off[0]))
              .slice()
              .order(ByteOrder.LITTLE_ENDIAN);
      Array a = Owned.run(() -> Ivy.fromBytes(slice, (DType) e[1], (Shape) e[2]));
      if (r.put((String) e[0], a) != null) {
        throw bad(fn, "tensor '" + e[0] + "' appears twice");
      }
    }
    return r;
  }

  private static IvyException bad(String fn, String what) {
    return new IvyException(fn + ": " + what);
  }

  private static String code(DType d) {
    return switch (d) {
      case BOOL -> "BOOL";
      case UINT8 -> "U8";
      case INT8 -> "I8";
      case INT16 -> "I16";
      case INT32 -> "I32";
      case INT64 -> "I64";
      case FLOAT16 -> "F16";
      case BFLOAT16 -> "BF16";
      case FLOAT32 -> "F32";
      case FLOAT64 -> "F64";
    };
  }

  private static DType dtype(String fn, String name, Object code) {
    for (DType d : DType.values()) {
      if (code(d).equals(code)) {
        return d;
      }
    }
    throw bad(fn, "tensor '" + name + "' has an unsupported dtype " + code);
  }

  private static long[] longs(String fn, String name, String field, Object v, int len) {
    if (v instanceof List<?> l && (len < 0 || l.size() == len)) {
      long[] r = new long[l.size()];
      for (int i = 0; i < r.length; i++) {
        if (!(l.get(i) instanceof Long x)) {
          throw bad(fn, "tensor '" + name + "' has a non-integer " + field + " " + v);
        }
        r[i] = x;
      }
      return r;
    }
    throw bad(
        fn,
        "tensor '"
            + name
            + "' must have "
            + field
            + (len < 0 ? " as a list of integers" : " as " + len + " integers")
            + "; got "
            + v);
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** A small JSON reader: objects (ordered), arrays, strings, integers, other numbers, literals. */
  private static final class Json {
    private final String s;
    private int i;

    Json(String s) {
      this.s = s;
    }

    Object parseAll() {
      Object v = value();
      ws();
      if (i != s.length()) {
        fail("unexpected text after the JSON value");
      }
      return v;
    }

    private void fail(String what) {
      throw new IvyArgumentException(what + " at character " + i);
    }

    private void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private Object value() {
      ws();
      if (i >= s.length()) {
        fail("unexpected end");
      }
      char c = s.charAt(i);
      if (c == '{') {
        i++;
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        ws();
        if (i < s.length() && s.charAt(i) == '}') {
          i++;
          return m;
        }
        while (true) {
          ws();
          if (i >= s.length() || s.charAt(i) != '"') {
            fail("expected a string key");
          }
          String k = string();
          ws();
          expect(':');
          m.put(k, value());
          ws();
          if (i < s.length() && s.charAt(i) == ',') {
            i++;
          } else {
            expect('}');
            return m;
          }
        }
      }
      if (c == '[') {
        i++;
        List<Object> l = new ArrayList<>();
        ws();
        if (i < s.length() && s.charAt(i) == ']') {
          i++;
          return l;
        }
        while (true) {
          l.add(value());
          ws();
          if (i < s.length() && s.charAt(i) == ',') {
            i++;
          } else {
            expect(']');
            return l;
          }
        }
      }
      if (c == '"') {
        return string();
      }
      for (String lit : new String[] {"true", "false", "null"}) {
        if (s.startsWith(lit, i)) {
          i += lit.length();
          return lit.equals("null") ? null : Boolean.valueOf(lit);
        }
      }
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      String num = s.substring(start, i);
      if (num.isEmpty()) {
        fail("unexpected character '" + c + "'");
      }
      try {
        return num.matches("-?\\d+") ? (Object) Long.parseLong(num) : (Object) Double.valueOf(num);
      } catch (NumberFormatException e) {
        fail("bad number '" + num + "'");
        return null;
      }
    }

    private void expect(char c) {
      if (i >= s.length() || s.charAt(i) != c) {
        fail("expected '" + c + "'");
      }
      i++;
    }

    private String string() {
      i++;
      StringBuilder b = new StringBuilder();
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == '"') {
          return b.toString();
        }
        if (c == '\\') {
          if (i >= s.length()) {
            break;
          }
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'u' -> {
              if (i + 4 > s.length()) {
                fail("bad \\u escape");
              }
              try {
                b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              } catch (NumberFormatException ex) {
                fail("bad \\u escape");
              }
              i += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
      fail("unterminated string");
      return null;
    }
  }
}
