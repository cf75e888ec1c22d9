package dev.ivy.optim;

import dev.ivy.errors.IvyArgumentException;
import dev.ivy.nn.Variables;

/**
 * A snapshot of an optimizer's state: the number of steps taken and its per-variable arrays
 * (moments, buffers), at paths {@code SLOT/VARIABLE_PATH} such as {@code exp_avg/fc1/weight}, so
 * that {@code slots().subtree("exp_avg")} is shaped like the variables. Slot names are PyTorch's
 * ({@code exp_avg}, {@code exp_avg_sq}, {@code momentum_buffer}, {@code square_avg}, {@code sum}).
 *
 * @param step the number of steps taken
 * @param slots the state arrays, {@code SLOT/VARIABLE_PATH}
 */
public record OptimizerState(long step, Variables slots) {
  /**
   * Checks the snapshot.
   *
   * @throws IvyArgumentException if {@code step} is negative or {@code slots} is null
   */
  public OptimizerState {
    if (step < 0) {
      throw new IvyArgumentException("OptimizerState: step must be >= 0; got " + step);
    }
    if (slots == null) {
      throw new IvyArgumentException("OptimizerState: slots must not be null");
    }
  }
}
