package dev.ivy.backend.tf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

/**
 * Filters in TensorFlow's layouts, kept per filter handle. A convolution's filter arrives in
 * PyTorch's layout ([O, C, *k]) and TensorFlow's CPU kernels take only channels-last ones ([*k, C,
 * O]): transposing every call costs more than the convolution itself when the same weights run
 * again and again (a model's inference). Handles are immutable, so a layout computed once stays
 * right for as long as its handle lives.
 *
 * <p>A layout is kept from a handle's second use on, so filters used once (each training step's new
 * weights) cost nothing extra; it is freed with its handle ({@link #evict}, called by {@link
 * TfBackend#free}). Thread-safe.
 */
final class TfLayoutCache {
  private static final class Entry {
    final Map<String, Integer> uses = new HashMap<>(2);
    final Map<String, TFE_TensorHandle> layouts = new HashMap<>(2);
  }

  private final Map<TFE_TensorHandle, Entry> entries = new IdentityHashMap<>();

  /**
   * Counts one use of {@code x} in layout {@code key} and returns that layout if kept: a handle
   * this cache owns, which the caller must not free.
   */
  synchronized TFE_TensorHandle lookup(TFE_TensorHandle x, String key) {
    Entry e = entries.computeIfAbsent(x, k -> new Entry());
    e.uses.merge(key, 1, Integer::sum);
    return e.layouts.get(key);
  }

  /**
   * Offers {@code layout}, {@code x} in layout {@code key}: kept (and owned by this cache from now
   * on) when {@code x} has been used in that layout before and has no kept layout yet.
   *
   * @return whether the cache took {@code layout}
   */
  synchronized boolean offer(TFE_TensorHandle x, String key, TFE_TensorHandle layout) {
    Entry e = entries.get(x);
    if (e == null || e.uses.getOrDefault(key, 0) < 2 || e.layouts.containsKey(key)) {
      return false;
    }
    e.layouts.put(key, layout);
    return true;
  }

  /** Forgets {@code x} and frees its kept layouts; {@code x} itself is the caller's to free. */
  void evict(TFE_TensorHandle x) {
    List<TFE_TensorHandle> kept;
    synchronized (this) {
      Entry e = entries.remove(x);
      if (e == null) {
        return;
      }
      kept = new ArrayList<>(e.layouts.values());
    }
    for (TFE_TensorHandle h : kept) {
      TfCall.free(h);
    }
  }

  /** Returns how many filter handles are tracked (used, kept or not). */
  synchronized int size() {
    return entries.size();
  }
}
