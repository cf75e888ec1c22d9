package dev.ivy;

import java.util.Locale;

/**
 * Where an array's memory lives: a device kind and an index ({@code cpu:0}, {@code gpu:1}).
 *
 * @param kind the device kind, lower case ({@code "cpu"} or {@code "gpu"})
 * @param index the device ordinal within its kind
 */
public record Device(String kind, int index) {
  /** The host CPU. */
  public static final Device CPU = new Device("cpu", 0);

  /** Creates a device, normalising the kind to lower case. */
  public Device {
    kind = kind.toLowerCase(Locale.ROOT);
  }

  /** Returns {@code kind:index}, for example {@code "cpu:0"}. */
  @Override
  public String toString() {
    return kind + ":" + index;
  }
}
