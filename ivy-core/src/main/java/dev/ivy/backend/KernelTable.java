package dev.ivy.backend;

import dev.ivy.DType;
import dev.ivy.prim.Prim;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A backend's kernels keyed by primitive, with the dtypes each accepts. Built once per backend with
 * {@link #builder()}; immutable afterwards.
 */
public final class KernelTable {
  private final EnumMap<Prim, Kernel> kernels;
  private final EnumMap<Prim, Set<DType>> dtypes;

  private KernelTable(EnumMap<Prim, Kernel> kernels, EnumMap<Prim, Set<DType>> dtypes) {
    this.kernels = kernels;
    this.dtypes = dtypes;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the kernel of {@code prim}, or null if this backend lacks it. */
  public Kernel get(Prim prim) {
    return kernels.get(prim);
  }

  /**
   * Returns whether the kernel of {@code prim} accepts inputs of {@code dtype} (for creation
   * primitives: produces it; for {@link Prim#CAST}: converts from it).
   */
  public boolean supports(Prim prim, DType dtype) {
    Set<DType> s = dtypes.get(prim);
    return s != null && s.contains(dtype);
  }

  /** Returns the primitives that have a kernel. */
  public Set<Prim> prims() {
    return Collections.unmodifiableSet(kernels.keySet());
  }

  /** Builds a {@link KernelTable}. */
  public static final class Builder {
    private final EnumMap<Prim, Kernel> kernels = new EnumMap<>(Prim.class);
    private final EnumMap<Prim, Set<DType>> dtypes = new EnumMap<>(Prim.class);

    private Builder() {}

    /** Registers {@code kernel} for {@code prim}, accepting every dtype in {@code accepted}. */
    public Builder put(Prim prim, Set<DType> accepted, Kernel kernel) {
      kernels.put(prim, kernel);
      dtypes.put(prim, accepted.isEmpty() ? EnumSet.noneOf(DType.class) : EnumSet.copyOf(accepted));
      return this;
    }

    /** Registers {@code kernel} for {@code prim}, accepting all dtypes. */
    public Builder put(Prim prim, Kernel kernel) {
      return put(prim, EnumSet.allOf(DType.class), kernel);
    }

    /** Returns the table. */
    public KernelTable build() {
      return new KernelTable(new EnumMap<>(kernels), new EnumMap<>(dtypes));
    }

    /** Returns the kernels registered so far (for backends that derive one entry from another). */
    public Map<Prim, Kernel> current() {
      return Collections.unmodifiableMap(kernels);
    }
  }
}
