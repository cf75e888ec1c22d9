package dev.ivy.backend.tf;

import dev.ivy.errors.IvyArgumentException;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.RewriterConfig;

/**
 * The {@code ConfigProto} of the sessions that run compiled programs, serialized for {@code
 * TF_SetConfig}.
 *
 * <p>The defaults were chosen by measurement (ivy-bench {@code MlpBenchmark}, see
 * docs/performance.md): a traced program is a short chain of ops, so
 *
 * <ul>
 *   <li>ops run in the caller's thread ({@code inter_op_parallelism_threads = -1}): TensorFlow's
 *       default hands every expensive op to the inter-op pool, a thread switch per matmul that left
 *       the session no faster than the eager ops; kernels still use the intra-op pool;
 *   <li>Grappler is off ({@code disable_meta_optimizer}): a traced graph is a chain of ops that the
 *       tracer's own passes ({@code graph.optimize()}) simplify, and Grappler's rewrites made small
 *       graphs about 2x or more slower per run.
 * </ul>
 *
 * <p>Both can be overridden for graphs with independent branches, where inter-op parallelism may
 * pay: system property {@code ivy.tf.interOpThreads} (an int; {@code -1} runs in the caller's
 * thread, {@code 0} is TensorFlow's default pool, {@code n > 0} a pool of n threads) and {@code
 * ivy.tf.grappler} ({@code true} or {@code false}), read when a program is compiled.
 */
final class TfSessionConfig {
  /** System property: the session's inter-op thread count. */
  static final String INTER_OP_THREADS = "ivy.tf.interOpThreads";

  /** System property: whether Grappler optimises the session's graph. */
  static final String GRAPPLER = "ivy.tf.grappler";

  private TfSessionConfig() {}

  /** Returns the serialized {@code ConfigProto} for a new session, from the current properties. */
  static byte[] serialized() {
    return proto(interOpThreads(), grappler()).toByteArray();
  }

  /** Returns the config for the given inter-op thread count and Grappler switch. */
  static ConfigProto proto(int interOpThreads, boolean grappler) {
    return ConfigProto.newBuilder()
        .setInterOpParallelismThreads(interOpThreads)
        .setGraphOptions(
            GraphOptions.newBuilder()
                .setRewriteOptions(RewriterConfig.newBuilder().setDisableMetaOptimizer(!grappler)))
        .build();
  }

  private static int interOpThreads() {
    String v = System.getProperty(INTER_OP_THREADS, "-1").trim();
    try {
      int n = Integer.parseInt(v);
      if (n >= -1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IvyArgumentException(
        "TfProgramCompiler: system property "
            + INTER_OP_THREADS
            + " must be an int >= -1; got \""
            + v
            + "\"");
  }

  private static boolean grappler() {
    String v = System.getProperty(GRAPPLER, "false").trim();
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(v);
    }
    throw new IvyArgumentException(
        "TfProgramCompiler: system property "
            + GRAPPLER
            + " must be true or false; got \""
            + v
            + "\"");
  }
}
