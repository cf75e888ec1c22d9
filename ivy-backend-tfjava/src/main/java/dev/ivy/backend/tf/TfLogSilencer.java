package dev.ivy.backend.tf;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quiets TensorFlow's C++ logging: before its natives load ({@link #apply}), and around the first
 * graph session of the process ({@link #firstSessionQuietly}).
 *
 * <p>TensorFlow prints its oneDNN and CPU-feature lines to stderr while its shared libraries load,
 * at a level it reads once from the environment variable {@code TF_CPP_MIN_LOG_LEVEL}; no C API
 * call changes it. Java cannot set its own process environment, so this calls libc's {@code putenv}
 * through the one native entry point JavaCPP (already loaded, and independent of TensorFlow)
 * exposes for calling a function pointer with one pointer argument: a native deallocator. The
 * variable is set only when the user has not set it; any failure leaves the logs as they are and is
 * logged at debug level.
 */
final class TfLogSilencer {
  private static final Logger LOG = LoggerFactory.getLogger(TfLogSilencer.class);

  /** The variable TensorFlow's C++ runtime reads. */
  static final String VARIABLE = "TF_CPP_MIN_LOG_LEVEL";

  /**
   * The level set: 3 hides INFO, WARNING and ERROR lines. Kernel failures reach the caller as
   * exceptions, so their log lines would only duplicate them, and TensorFlow also logs spurious
   * ERROR lines in normal use (oneDNN's "supports DT_HALF only on platforms with AVX-512" on the
   * first float16 matmul). Set the variable yourself to see them.
   */
  static final String LEVEL = "3";

  private static boolean done;
  private static boolean firstSessionDone;

  /** libc's file-descriptor calls, through JNA (which DJL uses too). */
  interface CLib extends Library {
    int dup(int fd);

    int dup2(int from, int to);

    int open(String path, int flags);

    int close(int fd);
  }

  /** libc's {@code O_WRONLY}, the same on Linux and macOS. */
  private static final int O_WRONLY = 1;

  private TfLogSilencer() {}

  /** Sets {@code TF_CPP_MIN_LOG_LEVEL} unless the user did; call before TensorFlow loads. */
  static synchronized void apply() {
    if (done) {
      return;
    }
    done = true;
    if (System.getenv(VARIABLE) != null) {
      return;
    }
    try {
      Pointer putenv = Loader.addressof("putenv");
      if (putenv == null || putenv.isNull()) {
        LOG.debug("libc putenv not found; TensorFlow may log to stderr");
        return;
      }
      byte[] entry = (VARIABLE + "=" + LEVEL + "\0").getBytes(StandardCharsets.US_ASCII);
      // putenv keeps the pointer, so the string lives for the rest of the process
      BytePointer text = new BytePointer(Pointer.malloc(entry.length)).capacity(entry.length);
      text.put(entry);
      Method init =
          Pointer.class.getDeclaredMethod("init", long.class, long.class, long.class, long.class);
      init.setAccessible(true);
      Pointer call = new Pointer();
      // a native deallocator runs deallocator(owner): here putenv(text)
      init.invoke(call, 0L, 0L, text.address(), putenv.address());
      call.deallocate();
      LOG.debug("set {}={} for TensorFlow's C++ runtime", VARIABLE, LEVEL);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.debug("could not set {}; TensorFlow may log to stderr: {}", VARIABLE, e.toString());
    }
  }

  /**
   * Runs {@code firstSession}, the process's first TensorFlow graph session, with the process's
   * stderr (file descriptor 2) sent to a temporary file, then logs what was written there at debug
   * level; later calls just run it.
   *
   * <p>At its first session TensorFlow 2.18 logs "MLIR V1 optimization pass is not enabled", and
   * with it absl's "All log messages before absl::InitializeLog() is called are written to STDERR",
   * through a copy of absl linked inside {@code libtensorflow_cc} and not exported: {@code
   * TF_CPP_MIN_LOG_LEVEL} does not reach it (measured: the lines appear at levels 1 to 3), and no C
   * API call or exported symbol sets its level. Both lines are printed once per process, so running
   * the first session with stderr redirected removes them for good. Anything another thread writes
   * to stderr in that window (milliseconds, at backend creation) is logged here instead. On
   * Windows, or if libc cannot be reached, the session runs as it is.
   */
  static synchronized void firstSessionQuietly(Runnable firstSession) {
    if (firstSessionDone || Platform.isWindows()) {
      firstSession.run();
      return;
    }
    firstSessionDone = true;
    CLib c;
    Path file;
    try {
      c = Native.load("c", CLib.class);
      file = Files.createTempFile("ivy-tf-stderr", ".log");
    } catch (IOException | RuntimeException | LinkageError e) {
      LOG.debug("cannot redirect stderr; TensorFlow may log to it: {}", e.toString());
      firstSession.run();
      return;
    }
    System.err.flush();
    int saved = c.dup(2);
    int fd = saved < 0 ? -1 : c.open(file.toString(), O_WRONLY);
    if (fd < 0 || c.dup2(fd, 2) < 0) {
      LOG.debug("cannot redirect stderr (dup {}, open {}); TensorFlow may log to it", saved, fd);
      closeQuietly(c, fd);
      closeQuietly(c, saved);
      deleteQuietly(file);
      firstSession.run();
      return;
    }
    c.close(fd);
    try {
      firstSession.run();
    } finally {
      System.err.flush();
      c.dup2(saved, 2);
      c.close(saved);
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            LOG.debug("TensorFlow (stderr): {}", line);
          }
        }
      } catch (IOException e) {
        LOG.debug("cannot read TensorFlow's stderr: {}", e.toString());
      }
      deleteQuietly(file);
    }
  }

  private static void closeQuietly(CLib c, int fd) {
    if (fd >= 0) {
      c.close(fd);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.debug("cannot delete {}: {}", file, e.toString());
    }
  }
}
