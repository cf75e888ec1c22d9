package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.errors.IvyArgumentException;

/**
 * A submodule that only groups variables under a name (created by {@link Module#addVariableAt}):
 * the module that owns it computes with its variables, so calling it alone is an error.
 */
final class VariableGroup extends Module {
  private final String groupName;

  VariableGroup(String groupName) {
    this.groupName = groupName;
  }

  @Override
  protected Array forward(Array x, Variables v) {
    throw new IvyArgumentException(
        name()
            + ".call: a group of variables computes nothing by itself; call the module that"
            + " holds it");
  }

  @Override
  protected String name() {
    return "VariableGroup(" + groupName + ")";
  }
}
