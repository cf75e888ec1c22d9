package dev.ivy;

import dev.ivy.errors.IvyArgumentException;

/**
 * Where the channels of a batched input are ({@code data_format=} of TensorFlow's and Ivy's
 * convolutions and pools): last ({@code "NHWC"}) or after the batch ({@code "NCHW"}). By name they
 * are the frameworks' strings; {@link #N___C} and {@link #NC___} are {@code "N...C"} and {@code
 * "NC..."}, for ops of any rank.
 *
 * <p>One enum holds every rank rather than one per rank: several ops take any rank, read from the
 * input ({@code tf.nn.convolution}, {@code tf.nn.pool}, {@code max_pool}, {@code bias_add}), so the
 * type cannot fix it. {@link #check} refuses a format of the wrong rank with the two that fit.
 */
public enum DataFormat implements StringMode {
  /** Channels last, one spatial dimension ({@code "NWC"}). */
  NWC(1, true),
  /** Channels first, one spatial dimension ({@code "NCW"}). */
  NCW(1, false),
  /** Channels last, two spatial dimensions ({@code "NHWC"}). */
  NHWC(2, true),
  /** Channels first, two spatial dimensions ({@code "NCHW"}). */
  NCHW(2, false),
  /** Channels last, three spatial dimensions ({@code "NDHWC"}). */
  NDHWC(3, true),
  /** Channels first, three spatial dimensions ({@code "NCDHW"}). */
  NCDHW(3, false),
  /** Channels last, any rank ({@code "N...C"}, {@code tf.nn.bias_add}). */
  N___C(0, true),
  /** Channels after the batch, any rank ({@code "NC..."}, {@code tf.nn.bias_add}). */
  NC___(0, false);

  private final int spatialRank;
  private final boolean channelsLast;

  DataFormat(int spatialRank, boolean channelsLast) {
    this.spatialRank = spatialRank;
    this.channelsLast = channelsLast;
  }

  /** Returns the number of spatial dimensions it names, or 0 for the any-rank forms. */
  public int spatialRank() {
    return spatialRank;
  }

  /** Returns whether the channels are the last dimension. */
  public boolean channelsLast() {
    return channelsLast;
  }

  /** Returns the frameworks' string ({@code "NHWC"}, {@code "N...C"}). */
  @Override
  public String text() {
    return name().replace('_', '.');
  }

  /** Returns the channels-last ({@code last}) or channels-first format of {@code spatialRank}. */
  public static DataFormat of(int spatialRank, boolean last) {
    for (DataFormat f : values()) {
      if (f.spatialRank == spatialRank && f.channelsLast == last) {
        return f;
      }
    }
    throw new IvyArgumentException(
        "data_format: spatial rank must be 1, 2 or 3; got " + spatialRank);
  }

  /**
   * Returns {@code format} if it names {@code spatialRank} spatial dimensions; null gives the
   * channels-last one (TensorFlow's default).
   *
   * @param fn the function, for the message
   * @throws IvyArgumentException if the format is of another rank, or {@code spatialRank} is not 1,
   *     2 or 3
   */
  public static DataFormat check(String fn, DataFormat format, int spatialRank) {
    if (spatialRank < 1 || spatialRank > 3) {
      throw new IvyArgumentException(
          fn + ": input must have 1, 2 or 3 spatial dimensions; got " + spatialRank);
    }
    if (format == null) {
      return of(spatialRank, true);
    }
    if (format.spatialRank != spatialRank) {
      throw new IvyArgumentException(
          fn
              + ": data_format must be '"
              + of(spatialRank, true).text()
              + "' or '"
              + of(spatialRank, false).text()
              + "' for "
              + spatialRank
              + " spatial dimension"
              + (spatialRank == 1 ? "" : "s")
              + "; got '"
              + format.text()
              + "'");
    }
    return format;
  }
}
