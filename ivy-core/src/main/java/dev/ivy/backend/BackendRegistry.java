package dev.ivy.backend;

import dev.ivy.errors.BackendFailureException;
import dev.ivy.errors.BackendNotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backends on the class path, found once with {@link ServiceLoader}, each created lazily
 * (natives load on first use) and then shared by all threads.
 */
public final class BackendRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(BackendRegistry.class);

  private static final Map<String, BackendProvider> BY_NAME = new LinkedHashMap<>();
  private static final List<String> NAMES = new ArrayList<>();
  private static final Map<String, Backend> CREATED = new ConcurrentHashMap<>();

  static {
    List<BackendProvider> found = new ArrayList<>();
    for (BackendProvider p : ServiceLoader.load(BackendProvider.class)) {
      found.add(p);
    }
    // a stable order, whatever the class path order: by name
    found.sort(java.util.Comparator.comparing(BackendProvider::name));
    for (BackendProvider p : found) {
      NAMES.add(p.name());
      BY_NAME.put(p.name().toLowerCase(Locale.ROOT), p);
      for (String alias : p.aliases()) {
        BY_NAME.putIfAbsent(alias.toLowerCase(Locale.ROOT), p);
      }
    }
  }

  private BackendRegistry() {}

  /** Returns the canonical names of the backends on the class path, sorted by name. */
  public static List<String> available() {
    return Collections.unmodifiableList(NAMES);
  }

  /** Returns whether {@code name} (or an alias) names a backend on the class path. */
  public static boolean has(String name) {
    return name != null && BY_NAME.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /** Returns the canonical name for {@code name} or one of its aliases. */
  public static String canonical(String name) {
    return provider(name).name();
  }

  /**
   * Returns the backend called {@code name} (or an alias), creating it on first use.
   *
   * @throws BackendNotFoundException if no backend of that name is on the class path
   * @throws BackendFailureException if its natives fail to load
   */
  public static Backend get(String name) {
    BackendProvider p = provider(name);
    Backend b = CREATED.get(p.name());
    if (b != null) {
      return b;
    }
    synchronized (BackendRegistry.class) {
      b = CREATED.get(p.name());
      if (b == null) {
        long t0 = System.nanoTime();
        try {
          b = p.create();
        } catch (RuntimeException | LinkageError e) {
          throw new BackendFailureException(
              "setBackend: backend '" + p.name() + "' failed to load its natives: " + e, e);
        }
        LOG.debug("loaded backend {} in {} ms", p.name(), (System.nanoTime() - t0) / 1_000_000);
        CREATED.put(p.name(), b);
      }
      return b;
    }
  }

  private static BackendProvider provider(String name) {
    BackendProvider p = name == null ? null : BY_NAME.get(name.toLowerCase(Locale.ROOT));
    if (p == null) {
      throw new BackendNotFoundException(
          "setBackend: backend must be one of "
              + NAMES
              + " (aliases: numpy, pytorch, tensorflow); got '"
              + name
              + "'");
    }
    return p;
  }
}
