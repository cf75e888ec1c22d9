package dev.ivy.registry.sample;

import dev.ivy.Array;

/** The sample namespace's array type: its methods are generated into {@link ThingMethods}. */
public final class Thing extends ThingMethods {
  /** Creates a thing wrapping nothing. */
  public Thing() {}

  @Override
  public Array array() {
    return null;
  }

  @Override
  Thing wrap(Array a) {
    return this;
  }

  @Override
  Object unwrap(Object o) {
    return o instanceof Thing ? "thing" : o;
  }
}
