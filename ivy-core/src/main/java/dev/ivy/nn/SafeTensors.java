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
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * safetensors.torch.save_file(model.state_dict(), f)} loads into the matching Ivy module.
 *
 * <p>Integrity. Files written here start their header with Ivy's metadata, {@code
 * {"__metadata__":{"ivy.crc32":"<8 hex digits>","ivy.format":"1","format":"pt"}, ...}}: the CRC-32
 * of the whole file (size field, header and data) with the eight digits left out, so any change to
 * a single byte is detected. Reading requires it of every Ivy-written file: a header that begins as
 * Ivy's does (<code>&#123;"__metadata__":&#123;"ivy</code>) or holds one of Ivy's keys ({@code
 * ivy.crc32}, {@code ivy.format}) must begin with that metadata, with a checksum that matches, or
 * the file is refused. Damage cannot make an Ivy file pass for a foreign one by removing one mark,
 * since the others remain; removing all three takes a damaged range over them whose bytes still
 * leave the header strict JSON (valid UTF-8, no raw control characters), which binary data does
 * not. Only Ivy-written files are verified: a plain safetensors file written by another tool (no
 * Ivy mark) carries no checksum and is read with the structural checks alone (strict JSON, known
 * dtypes, shapes that match their byte ranges, ranges that tile the data exactly). Files written by
 * Ivy before the checksum covered the header (a data-only {@code ivy.crc32} at the header's end)
 * are refused too: load them with that release and save them again.
 */
public final class SafeTensors {
  private static final long MAX_HEADER = 100L * 1024 * 1024;

  /** The value of the {@code ivy.format} key written, the one format version read. */
  private static final String FORMAT = "1";

  /** How an Ivy-written header begins; the checksum's eight hex digits follow. */
  private static final String PREFIX = "{\"__metadata__\":{\"ivy.crc32\":\"";

  /** What follows the checksum's digits in an Ivy-written header. */
  private static final String AFTER_CRC = "\",\"ivy.format\":\"" + FORMAT + "\",\"format\":\"pt\"}";

  /** The offset of the checksum's digits in the file: after the size field and the prefix. */
  private static final int CRC_AT = 8 + PREFIX.length();

  private SafeTensors() {}

  /**
   * Writes {@code arrays} (by slash path) to {@code file}, names written with '.' for '/'.
   *
   * @throws IvyException naming the file if it cannot be written
   */
  public static void write(Path file, Map<String, Array> arrays) {
    List<byte[]> blobs = new ArrayList<>();
    StringBuilder h = new StringBuilder(PREFIX).append("00000000").append(AFTER_CRC);
    long offset = 0;
    for (Map.Entry<String, Array> e : arrays.entrySet()) {
      Array a = e.getValue();
      ByteBuffer bb = a.toBytes().order(ByteOrder.LITTLE_ENDIAN);
      byte[] bytes = new byte[bb.remaining()];
      bb.get(bytes);
      blobs.add(bytes);
      h.append(',');
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
    h.append('}');
    byte[] json = h.toString().getBytes(StandardCharsets.UTF_8);
    // padded with spaces so that the data starts 8-byte aligned, counted in bytes (UTF-8 names)
    byte[] header = Arrays.copyOf(json, (json.length + 7) / 8 * 8);
    Arrays.fill(header, json.length, header.length, (byte) ' ');
    byte[] all = new byte[Math.toIntExact(8 + header.length + offset)];
    ByteBuffer out = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
    out.putLong(header.length).put(header);
    blobs.forEach(out::put);
    byte[] crc = String.format("%08x", checksum(all)).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(crc, 0, all, CRC_AT, crc.length);
    try {
      Files.write(file, all);
    } catch (IOException | RuntimeException e) {
      throw new IvyException("SafeTensors.write: cannot write '" + file + "': " + e, e);
    }
  }

  /**
   * Returns whether header text {@code json} is Ivy's: it begins as Ivy's does or holds one of
   * Ivy's keys. Three marks, apart, so that damage to one, or to a range of the header that holds
   * two, still leaves one (damage that also keeps the header valid JSON, where a foreign file must
   * be strict JSON).
   */
  private static boolean isIvys(String json) {
    return json.startsWith(PREFIX.substring(0, PREFIX.indexOf(".")))
        || json.contains("ivy.crc32")
        || json.contains("ivy.format");
  }

  /** Returns the CRC-32 of {@code all}, an Ivy-written file, without its checksum's digits. */
  private static long checksum(byte[] all) {
    CRC32 crc = new CRC32();
    crc.update(all, 0, CRC_AT);
    crc.update(all, CRC_AT + 8, all.length - CRC_AT - 8);
    return crc.getValue();
  }

  /**
   * Checks the Ivy metadata of {@code all}, whose header (of {@code n} bytes, parsed to {@code
   * header}) holds an Ivy key: it must begin the header, name format {@link #FORMAT} and hold the
   * file's checksum.
   */
  private static void verifyIvyFile(String fn, byte[] all, int n, Map<?, ?> header) {
    String head = new String(all, 8, Math.min(n, PREFIX.length() + 8), StandardCharsets.UTF_8);
    String digits = head.startsWith(PREFIX) ? head.substring(PREFIX.length()) : "";
    if (!digits.matches("[0-9a-f]{8}")) {
      throw bad(
          fn,
          "the header holds Ivy's keys but does not begin with Ivy's checksum ("
              + PREFIX
              + "<8 hex digits>\"...): the checksum key is missing or damaged, or the file was"
              + " written by an older Ivy whose checksum covered the data only (load it with that"
              + " release and save it again); the file is refused");
    }
    if (!(header.get("__metadata__") instanceof Map<?, ?> meta)
        || !FORMAT.equals(meta.get("ivy.format"))) {
      Object got =
          header.get("__metadata__") instanceof Map<?, ?> m ? m.get("ivy.format") : "no metadata";
      throw bad(
          fn,
          "Ivy's metadata must give ivy.format \""
              + FORMAT
              + "\"; got "
              + got
              + " (a damaged key, or a file of a newer Ivy)");
    }
    long want = Long.parseLong(digits, 16);
    long got = checksum(all);
    if (want != got) {
      throw bad(
          fn,
          String.format(
              "the file's CRC-32 (%08x) differs from the header's (%s): the file is corrupt",
              got, digits));
    }
  }

  /**
   * Reads every tensor of {@code file} onto the current backend, by slash path, in file order.
   *
   * <p>A file written by Ivy must carry its checksum, which must match (see the class comment); a
   * file written by another tool is read unverified.
   *
   * @throws IvyException naming the file if it cannot be read, is truncated, has a malformed
   *     header, an unknown dtype, offsets that do not fit the data, or is Ivy's and its checksum is
   *     missing, damaged or differs
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
    String json;
    try {
      json =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(all, 8, (int) n))
              .toString();
    } catch (CharacterCodingException e) {
      throw bad(fn, "the header is not valid UTF-8 text (" + e + "): a corrupt file");
    }
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
    List<Object[]> entries = new ArrayList<>();
    for (Map.Entry<?, ?> e : header.entrySet()) {
      String name = (String) e.getKey();
      if (name.equals("__metadata__")) {
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
    if (isIvys(json)) {
      verifyIvyFile(fn, all, (int) n, header);
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
    private static final int MAX_DEPTH = 64;
    private final String s;
    private int i;
    private int depth;

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
      if (++depth > MAX_DEPTH) {
        fail("values nest deeper than " + MAX_DEPTH + " levels");
      }
      try {
        return valueAt();
      } finally {
        depth--;
      }
    }

    private Object valueAt() {
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
          int at = i;
          String k = string();
          ws();
          expect(':');
          if (m.put(k, value()) != null) {
            i = at;
            fail("key \"" + k + "\" appears twice");
          }
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
        } else if (c < 0x20) {
          i--;
          fail("a control character (code " + (int) c + ") in a string must be escaped");
        } else {
          b.append(c);
        }
      }
      fail("unterminated string");
      return null;
    }
  }
}
