package dev.ivy.testkit;

import static dev.ivy.testkit.Backends.BACKENDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Scope;
import dev.ivy.Shape;
import dev.ivy.TracedFunction;
import dev.ivy.errors.IvyException;
import dev.ivy.nn.BatchNorm1d;
import dev.ivy.nn.Conv1d;
import dev.ivy.nn.Flatten;
import dev.ivy.nn.Linear;
import dev.ivy.nn.Module;
import dev.ivy.nn.ReLU;
import dev.ivy.nn.Sequential;
import dev.ivy.nn.Variables;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Saving and loading modules (safetensors), moving them between backends, and tracing them with
 * their variables as graph inputs: a module saved on one backend and loaded into a fresh module on
 * another gives exactly the outputs of the original moved there; bad files raise clear errors.
 */
class NnModuleIoTest {
  @TempDir Path dir;

  static Stream<Arguments> backendPairs() {
    List<Arguments> r = new ArrayList<>();
    for (String a : Backends.underTest()) {
      for (String b : Backends.underTest()) {
        r.add(Arguments.of(a, b));
      }
    }
    return r.stream();
  }

  static Sequential net(long seed) {
    return new Sequential(
        new Conv1d(2, 3, new long[] {3}, null, 1, null, 1, true, DType.FLOAT32, seed),
        new BatchNorm1d(3),
        new ReLU(),
        new Flatten(),
        new Linear(3 * 6, 4, true, DType.FLOAT32, seed + 1));
  }

  static Array input(long seed) {
    return Ivy.randomUniform(-1.0, 1.0, Shape.of(5, 2, 6), DType.FLOAT32, seed);
  }

  @ParameterizedTest
  @MethodSource("backendPairs")
  void saveLoad_acrossBackends_reproducesOutputsExactly(String from, String to) {
    Path f = dir.resolve("net.safetensors");
    Sequential original;
    float[] outFrom;
    try (var b = Ivy.withBackend(from)) {
      original = net(1);
      original.call(input(2)); // one training step updates the BatchNorm statistics
      original.eval();
      outFrom = original.call(input(3)).toFloatArray();
      original.save(f);
    }
    try (var b = Ivy.withBackend(to);
        Scope s = Ivy.scope()) {
      Sequential loaded = net(99);
      loaded.eval();
      Array before = loaded.call(input(3));
      loaded.load(f);
      for (Variables[] pair :
          List.of(
              new Variables[] {original.v(), loaded.v()},
              new Variables[] {original.buffers(), loaded.buffers()})) {
        assertEquals(pair[0].paths(), pair[1].paths());
        for (String p : pair[0].paths()) {
          assertEquals(to, pair[1].get(p).backendName());
          assertEquals(pair[0].get(p).aval(), pair[1].get(p).aval());
          assertEquals(pair[0].get(p).toBytes(), pair[1].get(p).toBytes(), "bytes of " + p);
        }
      }
      assertEquals(1L, loaded.buffers().get("1/num_batches_tracked").itemLong());
      float[] out = loaded.call(input(3)).toFloatArray();
      original.toBackend(to);
      assertArrayEquals(original.call(input(3)).toFloatArray(), out, "outputs on " + to);
      assertTrue(!Arrays.equals(before.toFloatArray(), out), "the load changed the outputs");
      for (int i = 0; i < out.length; i++) {
        assertEquals(outFrom[i], out[i], 1e-5, "output " + i + " vs " + from);
      }
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void save_writesSafetensorsWithStateDictNames(String backend) throws IOException {
    try (var b = Ivy.withBackend(backend)) {
      Path f = dir.resolve("m.safetensors");
      net(1).save(f);
      byte[] all = Files.readAllBytes(f);
      long n = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN).getLong();
      assertEquals(0, (8 + n) % 8, "header padded to 8 bytes");
      JsonNode h = new ObjectMapper().readTree(new String(all, 8, (int) n, StandardCharsets.UTF_8));
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = h.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      assertEquals(
          List.of(
              "__metadata__",
              "0.weight",
              "0.bias",
              "1.weight",
              "1.bias",
              "4.weight",
              "4.bias",
              "1.running_mean",
              "1.running_var",
              "1.num_batches_tracked"),
          names);
      assertEquals("F32", h.get("0.weight").get("dtype").asText());
      assertEquals("[3,2,3]", h.get("0.weight").get("shape").toString());
      assertEquals("I64", h.get("1.num_batches_tracked").get("dtype").asText());
      assertEquals("[]", h.get("1.num_batches_tracked").get("shape").toString());
      long end = h.get("1.num_batches_tracked").get("data_offsets").get(1).asLong();
      assertTrue(end <= all.length - 8 - n);
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void load_fileLaidOutAsPythonSafetensorsWrites_withoutIvyMetadata(String backend)
      throws IOException {
    // as safetensors.torch.save_file(nn.Linear(3, 2).state_dict()) lays it out: metadata first,
    // names sorted, bias's data before weight's, header padded with spaces to 8 bytes, no CRC
    String json =
        "{\"__metadata__\":{\"format\":\"pt\"},"
            + "\"bias\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
            + "\"weight\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[8,32]}}";
    while ((8 + json.length()) % 8 != 0) {
      json += " ";
    }
    ByteBuffer bb = ByteBuffer.allocate(8 + json.length() + 32).order(ByteOrder.LITTLE_ENDIAN);
    bb.putLong(json.length()).put(json.getBytes(StandardCharsets.US_ASCII));
    for (float f : new float[] {0.5f, -1, 1, 2, 3, 4, 5, 6}) {
      bb.putFloat(f);
    }
    Path f = dir.resolve("torch.safetensors");
    Files.write(f, bb.array());
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Linear fc = new Linear(3, 2);
      fc.load(f);
      assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, fc.v().get("weight").toFloatArray());
      assertArrayEquals(
          new float[] {-1.5f, -3, 4.5f, 12},
          fc.call(Ivy.array(new float[] {1, 0, -1, 2, 1, 0}, 2, 3)).toFloatArray());
    }
  }

  private static IvyException loadFails(Module m, Path f) {
    IvyException e = assertThrows(IvyException.class, () -> m.load(f));
    assertTrue(e.getMessage().contains(f.toString()), "names the file: " + e.getMessage());
    return e;
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void load_wrongNamesShapesDtypesOrDamagedFiles_raiseNamingTheFile(String backend)
      throws IOException {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Path f = dir.resolve("lin.safetensors");
      new Linear(3, 4).save(f);
      IvyException names = loadFails(new Sequential(new Linear(3, 4)), f);
      assertTrue(
          names.getMessage().contains("missing [0/weight, 0/bias]")
              && names.getMessage().contains("unexpected [weight, bias]"),
          names.getMessage());
      IvyException shape = loadFails(new Linear(3, 5), f);
      assertTrue(
          shape.getMessage().contains("'weight'") && shape.getMessage().contains("float32[4, 3]"),
          shape.getMessage());
      IvyException dtype = loadFails(new Linear(3, 4, true, DType.FLOAT64, 0L), f);
      assertTrue(dtype.getMessage().contains("float64"), dtype.getMessage());

      byte[] good = Files.readAllBytes(f);
      Path cut = dir.resolve("cut.safetensors");
      Files.write(cut, Arrays.copyOf(good, good.length - 5));
      assertTrue(loadFails(new Linear(3, 4), cut).getMessage().contains("truncated"));
      Files.write(cut, Arrays.copyOf(good, 30));
      assertTrue(loadFails(new Linear(3, 4), cut).getMessage().contains("truncated"));
      Files.write(cut, new byte[3]);
      assertTrue(loadFails(new Linear(3, 4), cut).getMessage().contains("truncated"));

      Path bad = dir.resolve("bad.safetensors");
      byte[] flipped = good.clone();
      flipped[flipped.length - 2] ^= 0x10;
      Files.write(bad, flipped);
      assertTrue(loadFails(new Linear(3, 4), bad).getMessage().contains("CRC"));
      byte[] header = good.clone();
      header[9] = '#';
      Files.write(bad, header);
      assertTrue(loadFails(new Linear(3, 4), bad).getMessage().contains("JSON"));
      byte[] size = good.clone();
      size[7] = 0x7f;
      Files.write(bad, size);
      assertTrue(loadFails(new Linear(3, 4), bad).getMessage().contains("header size"));
      IvyException none = loadFails(new Linear(3, 4), dir.resolve("absent.safetensors"));
      assertTrue(none.getMessage().contains("cannot read"), none.getMessage());

      Linear intact = new Linear(3, 4);
      float[] w = intact.v().get("weight").toFloatArray();
      loadFails(intact, bad);
      assertArrayEquals(
          w, intact.v().get("weight").toFloatArray(), "a failed load changes nothing");
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void load_anySingleByteChangeOrDamagedChecksumKey_isRefused(String backend) throws IOException {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Path f = dir.resolve("lin.safetensors");
      new Linear(2, 3).save(f);
      byte[] good = Files.readAllBytes(f);
      String head = new String(good, 8, 64, StandardCharsets.US_ASCII);
      assertTrue(head.startsWith("{\"__metadata__\":{\"ivy.crc32\":\""), head);
      Path bad = dir.resolve("bad.safetensors");
      for (int i = 0; i < good.length; i++) {
        byte[] t = good.clone();
        t[i] ^= (byte) (i % 2 == 0 ? 0x01 : 0x40);
        Files.write(bad, t);
        IvyException e = loadFails(new Linear(2, 3), bad);
        assertTrue(e.getMessage().contains("bad.safetensors"), "byte " + i + ": " + e);
      }
      // the checksum key renamed, with and without the rest of Ivy's metadata
      String text = new String(good, StandardCharsets.ISO_8859_1);
      for (String damaged :
          List.of(
              text.replace("\"ivy.crc32\"", "\"ivy.crc3z\""),
              text.replace("\"ivy.crc32\"", "\"IVY.crc32\""),
              text.replace("\"ivy.format\":\"1\"", "\"ivy.format\":\"2\""))) {
        Files.write(bad, damaged.getBytes(StandardCharsets.ISO_8859_1));
        IvyException e = loadFails(new Linear(2, 3), bad);
        assertTrue(
            e.getMessage().contains("checksum") || e.getMessage().contains("ivy.format"),
            e.getMessage());
      }
      // a file of an older Ivy: a data-only CRC in metadata at the header's end
      String json =
          "{\"weight\":{\"dtype\":\"F32\",\"shape\":[3,2],\"data_offsets\":[0,24]},"
              + "\"bias\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[24,36]},"
              + "\"__metadata__\":{\"format\":\"pt\",\"ivy.crc32\":\"0\"}}";
      while ((8 + json.length()) % 8 != 0) {
        json += " ";
      }
      ByteBuffer old = ByteBuffer.allocate(8 + json.length() + 36).order(ByteOrder.LITTLE_ENDIAN);
      old.putLong(json.length()).put(json.getBytes(StandardCharsets.US_ASCII));
      Files.write(bad, old.array());
      IvyException e = loadFails(new Linear(2, 3), bad);
      assertTrue(e.getMessage().contains("older Ivy"), e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("backendPairs")
  void toBackend_movesVariablesAndBuffers_outputsAgree(String from, String to) {
    Sequential m;
    float[] ref;
    try (var b = Ivy.withBackend(from)) {
      m = net(5);
      m.eval();
      ref = m.call(input(6)).toFloatArray();
    }
    try (var b = Ivy.withBackend(to);
        Scope s = Ivy.scope()) {
      assertTrue(m.toBackend(to) == m);
      m.v().arrays().forEach(a -> assertEquals(to, a.backendName()));
      m.buffers().arrays().forEach(a -> assertEquals(to, a.backendName()));
      float[] out = m.call(input(6)).toFloatArray();
      for (int i = 0; i < out.length; i++) {
        assertEquals(ref[i], out[i], 1e-5);
      }
    }
  }

  @ParameterizedTest
  @MethodSource(BACKENDS)
  void traceGraph_variablesAsInputs_replaysWithNewVariables(String backend) {
    try (var b = Ivy.withBackend(backend);
        Scope s = Ivy.scope()) {
      Sequential m = new Sequential(new Linear(3, 4, true, null, 1L), new ReLU(), new Linear(4, 2));
      Variables v = m.v();
      List<String> paths = v.paths();
      Array x = Ivy.randomUniform(-1.0, 1.0, Shape.of(5, 3), DType.FLOAT32, 7L);
      List<Array> example = new ArrayList<>();
      example.add(x);
      example.addAll(v.arrays());
      TracedFunction g =
          Ivy.traceGraph(
              in -> {
                Variables.Builder tb = Variables.builder();
                for (int i = 0; i < paths.size(); i++) {
                  tb.put(paths.get(i), in.get(i + 1));
                }
                return m.call(in.get(0), tb.build());
              },
              example.toArray(new Array[0]));
      Variables v2 = v.map(a -> Ivy.multiply(a, -0.5));
      List<Array> args = new ArrayList<>();
      args.add(x);
      args.addAll(v2.arrays());
      Array traced = g.run(args.toArray(new Array[0])).get(0);
      Array eager = m.call(x, v2);
      assertArrayEquals(eager.toFloatArray(), traced.toFloatArray(), 1e-6f);
      // a traced training-mode BatchNorm has no concrete statistics: its buffers stay as they were
      BatchNorm1d bn = new BatchNorm1d(3);
      Ivy.traceGraph(in -> bn.call(in.get(0)), x);
      assertEquals(0L, bn.buffers().get("num_batches_tracked").itemLong());
      assertArrayEquals(new float[3], bn.buffers().get("running_mean").toFloatArray());
      bn.call(x);
      assertEquals(1L, bn.buffers().get("num_batches_tracked").itemLong());
    }
  }
}
