package dev.ivy.backend.torch;

import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.JniUtils;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Loads a TorchScript module from its source: packs the source in memory into the archive layout
 * {@code torch.jit.save} produces (pickled object, code, constants, version), which libtorch
 * compiles when it loads it, so nothing is read from disk or downloaded. Used for the operator
 * module of {@link TorchScriptOps} and for the compiled programs of {@link TorchProgramCompiler}.
 *
 * <p>The module is one class {@code __torch__.<name>} without parameters, buffers or attributes
 * other than {@code training}; its source is the class's body as {@code torch.jit.save} writes it
 * (methods typed, {@code self} annotated with {@code __torch__.<name>}).
 */
final class TorchScriptArchive {
  private TorchScriptArchive() {}

  /**
   * Compiles class {@code __torch__.<name>} of {@code source} and returns its module, in evaluation
   * mode ({@code training = False}) unless {@code training}.
   *
   * @throws UncheckedIOException if the archive cannot be read back (never for a valid source)
   */
  static PtSymbolBlock load(PtNDManager manager, String name, String source, boolean training) {
    byte[] archive = archive(name, source, training);
    try {
      return JniUtils.loadModule(manager, new ByteArrayInputStream(archive), false, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the module as a TorchScript zip archive. */
  private static byte[] archive(String name, String source, boolean training) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      stored(z, "ivy/data.pkl", dataPickle(name, training));
      stored(z, "ivy/code/__torch__.py", source.getBytes(StandardCharsets.UTF_8));
      // pickle protocol 2 of an empty tuple: the module has no constants
      stored(z, "ivy/constants.pkl", new byte[] {(byte) 0x80, 2, ')', '.'});
      // file format 10 (what libtorch 2.x writes): new enough that no operator upgrader rewrites
      // our calls (format 8 still read gelu without its approximate argument)
      stored(z, "ivy/version", "10\n".getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Returns the pickle of an {@code __torch__.<name>} object with its {@code training} flag. */
  private static byte[] dataPickle(String className, boolean training) {
    ByteArrayOutputStream p = new ByteArrayOutputStream();
    p.write(0x80); // PROTO 2
    p.write(2);
    byte[] global = ("c__torch__\n" + className + "\n").getBytes(StandardCharsets.US_ASCII);
    p.write(global, 0, global.length); // GLOBAL
    p.write(')'); // EMPTY_TUPLE
    p.write(0x81); // NEWOBJ
    p.write('}'); // EMPTY_DICT
    p.write('('); // MARK
    byte[] name = "training".getBytes(StandardCharsets.US_ASCII);
    p.write('X'); // BINUNICODE
    p.write(name.length);
    p.write(0);
    p.write(0);
    p.write(0);
    p.write(name, 0, name.length);
    p.write(training ? 0x88 : 0x89); // NEWTRUE / NEWFALSE
    p.write('u'); // SETITEMS
    p.write('b'); // BUILD
    p.write('.'); // STOP
    return p.toByteArray();
  }

  private static void stored(ZipOutputStream z, String name, byte[] data) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setMethod(ZipEntry.STORED);
    e.setSize(data.length);
    e.setCompressedSize(data.length);
    CRC32 crc = new CRC32();
    crc.update(data);
    e.setCrc(crc.getValue());
    z.putNextEntry(e);
    z.write(data);
    z.closeEntry();
  }
}
