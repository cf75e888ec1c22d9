package dev.ivy.backend;

import dev.ivy.prim.Aval;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * A straight-line program of primitives, as core sees a traced graph: what a {@link
 * ProgramCompiler} compiles. Values are numbered: inputs, then constants, then instruction outputs
 * may use any distinct ids, each defined exactly once before it is read.
 *
 * @param inputs the program's inputs, in call order
 * @param constants constant values, defined before any instruction
 * @param instructions the primitive calls, in execution order
 * @param outputs ids of the values returned, in order (a value may appear several times)
 */
public record Program(
    List<Input> inputs,
    List<ConstantValue> constants,
    List<Instruction> instructions,
    List<Integer> outputs) {
  /** Defensive copies. */
  public Program {
    inputs = List.copyOf(inputs);
    constants = List.copyOf(constants);
    instructions = List.copyOf(instructions);
    outputs = List.copyOf(outputs);
  }

  /**
   * An input value.
   *
   * @param id its value id
   * @param aval its shape and dtype
   */
  public record Input(int id, Aval aval) {}

  /**
   * A constant value: its elements as little-endian row-major bytes.
   *
   * @param id its value id
   * @param aval its shape and dtype
   * @param bytes the elements
   */
  public record ConstantValue(int id, Aval aval, byte[] bytes) {
    /** Defensive copy. */
    public ConstantValue {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    /** Returns a read-only little-endian view of the bytes. */
    public ByteBuffer buffer() {
      return ByteBuffer.wrap(bytes).asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }
  }

  /**
   * One primitive call.
   *
   * @param prim the primitive
   * @param params its params
   * @param inputs ids of the values it reads
   * @param inAvals their shapes and dtypes
   * @param outputs ids of the values it defines
   * @param outAvals their shapes and dtypes
   */
  public record Instruction(
      Prim prim, Params params, int[] inputs, Aval[] inAvals, int[] outputs, Aval[] outAvals) {
    /** Defensive copies. */
    public Instruction {
      inputs = inputs.clone();
      inAvals = inAvals.clone();
      outputs = outputs.clone();
      outAvals = outAvals.clone();
    }

    @Override
    public int[] inputs() {
      return inputs.clone();
    }

    @Override
    public Aval[] inAvals() {
      return inAvals.clone();
    }

    @Override
    public int[] outputs() {
      return outputs.clone();
    }

    @Override
    public Aval[] outAvals() {
      return outAvals.clone();
    }
  }
}
