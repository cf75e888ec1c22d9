package dev.ivy.dispatch;

import dev.ivy.Array;
import dev.ivy.backend.Backend;
import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.nio.ByteBuffer;

/**
 * What happens to a primitive call: eager execution, recording into a graph, or recording for
 * autodiff. Interpreters stack per thread; {@link Dispatcher#bind} hands each call to the top one,
 * which may forward to the one below with {@link Dispatcher#bindBelow}.
 */
public interface Interpreter {
  /**
   * Processes one primitive call whose shape rule has already run.
   *
   * @param prim the primitive
   * @param params its params
   * @param inputs its inputs
   * @param out the output's shape and dtype
   * @return the output
   */
  Array process(Prim prim, Params params, Array[] inputs, Aval out);

  /**
   * Processes one call of a primitive with several outputs ({@link Prim#MULTI_OUTPUT}) whose shape
   * rule has already run.
   *
   * @param prim the primitive
   * @param params its params
   * @param inputs its inputs
   * @param outs the outputs' shapes and dtypes
   * @return the outputs, in order
   */
  Array[] processMulti(Prim prim, Params params, Array[] inputs, Aval[] outs);

  /**
   * Makes an array from host data (little-endian bytes, row-major) on {@code backend}.
   *
   * @return the new array
   */
  Array constant(Backend backend, Aval aval, ByteBuffer data);

  /**
   * Returns whether this interpreter keeps the arrays of the calls it sees for later use (the
   * autodiff tape keeps them for the backward pass), so that code replaying a graph under it must
   * not free intermediates after their last use in the graph.
   */
  default boolean keepsArrays() {
    return false;
  }
}
