package dev.ivy.backend.tf;

import static org.tensorflow.internal.c_api.global.tensorflow.TFE_DeleteContextOptions;
import static org.tensorflow.internal.c_api.global.tensorflow.TFE_NewContext;
import static org.tensorflow.internal.c_api.global.tensorflow.TFE_NewContextOptions;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteStatus;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_GetCode;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_Message;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewStatus;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_OK;

import org.tensorflow.internal.c_api.TFE_Context;
import org.tensorflow.internal.c_api.TFE_ContextOptions;
import org.tensorflow.internal.c_api.TF_Status;

/**
 * The process-wide TensorFlow eager context (synchronous, CPU) and each thread's {@link TfCall}.
 * The context lives as long as the JVM: arrays of this backend may be freed at any time, even by
 * the cleaner thread, and need it alive.
 */
final class TfRuntime {
  private final TFE_Context ctx;
  private final ThreadLocal<TfCall> calls;
  private final TfLayoutCache layouts = new TfLayoutCache();

  TfRuntime() {
    TF_Status status = TF_NewStatus();
    TFE_ContextOptions options = TFE_NewContextOptions();
    try {
      ctx = TFE_NewContext(options, status);
      if (TF_GetCode(status) != TF_OK) {
        throw new TfNativeException(
            "TensorFlow could not create an eager context: " + TF_Message(status).getString());
      }
    } finally {
      TFE_DeleteContextOptions(options);
      TF_DeleteStatus(status);
    }
    calls = ThreadLocal.withInitial(() -> new TfCall(ctx));
  }

  /** Returns the filters kept in TensorFlow's layouts. */
  TfLayoutCache layouts() {
    return layouts;
  }

  /** Returns this thread's op builder. */
  TfCall call() {
    return calls.get();
  }
}
