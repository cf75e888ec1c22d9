package dev.ivy;

/**
 * Where the channels are in a normalisation's input of any rank ({@code data_format=} of Ivy's
 * {@code batch_norm}, {@code group_norm}, {@code instance_norm}): {@code "NSC"} (last, Ivy's
 * default) or {@code "NCS"} (after the batch, PyTorch's layout).
 */
public enum SpatialFormat implements StringMode {
  /** Channels last, [N, *S, C] ({@code "NSC"}). */
  NSC,
  /** Channels after the batch, [N, C, *S] ({@code "NCS"}). */
  NCS;

  /** Returns Ivy's string, {@code "NSC"} or {@code "NCS"}. */
  @Override
  public String text() {
    return name();
  }
}
