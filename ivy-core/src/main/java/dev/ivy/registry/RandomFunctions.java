package dev.ivy.registry;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;

import dev.ivy.Shape;
import dev.ivy.ops.Random;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers the random functions of the core API under the namespace {@code ivy}, with Ivy's names
 * and parameters ({@code random_uniform(low=0.0, high=1.0, shape=None, dtype=None, seed=None)}).
 * See {@link Random} for the generator and the semantics.
 */
public final class RandomFunctions implements FunctionProvider {
  private static final String NS = "ivy";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public RandomFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    r.add(
        NS,
        "seed",
        List.of(opt("seed_value", 0L)),
        a -> {
          Random.seed(a.longValue("seed_value"));
          return null;
        });
    r.add(
        NS,
        "random_uniform",
        List.of(
            opt("low", 0.0),
            opt("high", 1.0),
            opt("shape", null),
            opt("dtype", null),
            opt("seed", null)),
        a ->
            Random.randomUniform(
                a.arrayOrScalar("low"),
                a.arrayOrScalar("high"),
                shape(a, "shape"),
                a.dtypeOrNull("dtype"),
                seed(a)));
    r.add(
        NS,
        "random_normal",
        List.of(
            opt("mean", 0.0),
            opt("std", 1.0),
            opt("shape", null),
            opt("dtype", null),
            opt("seed", null)),
        a ->
            Random.randomNormal(
                a.arrayOrScalar("mean"),
                a.arrayOrScalar("std"),
                shape(a, "shape"),
                a.dtypeOrNull("dtype"),
                seed(a)));
    r.add(
        NS,
        "randint",
        List.of(req("low"), req("high"), opt("shape", null), opt("dtype", null), opt("seed", null)),
        a ->
            Random.randint(
                a.arrayOrScalar("low"),
                a.arrayOrScalar("high"),
                shape(a, "shape"),
                a.dtypeOrNull("dtype"),
                seed(a)));
    r.add(
        NS,
        "bernoulli",
        List.of(
            req("probs"),
            opt("logits", null),
            opt("shape", null),
            opt("dtype", null),
            opt("seed", null)),
        a ->
            Random.bernoulli(
                a.isNone("probs") ? null : a.arrayOrScalar("probs"),
                a.isNone("logits") ? null : a.arrayOrScalar("logits"),
                shape(a, "shape"),
                a.dtypeOrNull("dtype"),
                seed(a)));
    r.add(
        NS,
        "shuffle",
        List.of(req("x"), opt("axis", 0L), opt("seed", null)),
        a -> Random.shuffle(a.array("x"), a.intValue("axis"), seed(a)));
    r.add(
        NS,
        "multinomial",
        List.of(
            req("population_size"),
            req("num_samples"),
            opt("batch_size", 1L),
            opt("probs", null),
            opt("replace", true),
            opt("seed", null)),
        a ->
            Random.multinomial(
                a.longValue("population_size"),
                a.longValue("num_samples"),
                a.longValue("batch_size"),
                a.arrayOrNull("probs"),
                a.bool("replace"),
                seed(a)));
    r.add(
        NS,
        "dropout",
        List.of(
            req("x"),
            req("prob"),
            opt("scale", true),
            opt("dtype", null),
            opt("training", true),
            opt("seed", null),
            opt("noise_shape", null)),
        a ->
            Random.dropout(
                a.array("x"),
                a.doubleValue("prob"),
                a.bool("scale"),
                a.dtypeOrNull("dtype"),
                a.bool("training"),
                seed(a),
                noiseShape(a)));
  }

  private static Long seed(Args a) {
    return a.isNone("seed") ? null : a.longValue("seed");
  }

  private static Shape shape(Args a, String name) {
    return a.isNone(name) ? null : Shape.of(a.longs(name));
  }

  /** Returns noise_shape as a list whose None entries stay null, or null for None. */
  private static List<Long> noiseShape(Args a) {
    Object v = a.get("noise_shape");
    if (v == null) {
      return null;
    }
    if (v instanceof List<?> l) {
      List<Long> r = new ArrayList<>();
      for (Object o : l) {
        if (o != null && !(o instanceof Long || o instanceof Integer)) {
          throw new dev.ivy.errors.IvyArgumentException(
              a.fn() + ": noise_shape must be a sequence of integers or None; got " + l);
        }
        r.add(o == null ? null : ((Number) o).longValue());
      }
      return r;
    }
    List<Long> r = new ArrayList<>();
    for (long d : a.longs("noise_shape")) {
      r.add(d);
    }
    return r;
  }
}
