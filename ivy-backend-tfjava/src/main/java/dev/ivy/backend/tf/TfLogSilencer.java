package dev.ivy.backend.tf;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quiets TensorFlow's C++ logging before its natives load.
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
}
