package dev.ivy;

import java.util.Locale;

/**
 * Where the channels are, for any rank ({@code filter_format=} of Ivy's convolutions, {@code
 * data_format=} of {@code conv_general_dilated}): {@code "channel_last"} (TensorFlow layout) or
 * {@code "channel_first"} (PyTorch layout).
 */
public enum ChannelOrder {
  /** Channels last ({@code "channel_last"}): [N, *S, C] data, [*K, Cin, Cout] filters. */
  CHANNEL_LAST,
  /** Channels first ({@code "channel_first"}): [N, C, *S] data, [Cout, Cin, *K] filters. */
  CHANNEL_FIRST;

  /** Returns Ivy's name, {@code "channel_last"} or {@code "channel_first"}. */
  public String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
