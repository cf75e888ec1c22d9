package dev.ivy.optim;

import dev.ivy.errors.IvyArgumentException;
import java.util.Arrays;
import java.util.List;

/**
 * A learning-rate schedule: the rate for a step, from the optimizer's base rate and the number of
 * steps taken before it. The optimizer consults it before every step ({@link
 * Optimizer#setSchedule}), which is PyTorch's {@code scheduler.step()} after every {@code
 * optimizer.step()} ({@code step} is the scheduler's {@code last_epoch}). The factories mirror
 * {@code torch.optim.lr_scheduler} with its defaults, in their closed forms.
 *
 * <pre>{@code
 * Optimizer opt = new Sgd(0.1).setSchedule(LrSchedule.stepLr(30, 0.1));
 * LrSchedule.stepLr(30, 0.1).lr(0.1, 65); // 0.001 (0.1 * 0.1^2)
 * }</pre>
 */
@FunctionalInterface
public interface LrSchedule {
  /**
   * Returns the learning rate of the step that follows {@code step} completed steps.
   *
   * @param baseLr the optimizer's base rate
   * @param step the number of steps taken, from 0
   */
  double lr(double baseLr, long step);

  /** Returns PyTorch's {@code StepLR}: {@code base * gamma^floor(step / stepSize)}. */
  static LrSchedule stepLr(long stepSize, double gamma) {
    check("stepLr", "stepSize", stepSize, stepSize > 0, "> 0");
    return (base, step) -> base * Math.pow(gamma, Math.floorDiv(step, stepSize));
  }

  /**
   * Returns PyTorch's {@code MultiStepLR}: the base rate times {@code gamma} for every milestone
   * reached ({@code step >= milestone}).
   *
   * @throws IvyArgumentException if the milestones are not increasing
   */
  static LrSchedule multiStepLr(List<Long> milestones, double gamma) {
    long[] ms = milestones.stream().mapToLong(Long::longValue).toArray();
    for (int i = 1; i < ms.length; i++) {
      if (ms[i] <= ms[i - 1]) {
        throw new IvyArgumentException(
            "multiStepLr: milestones must be increasing; got " + milestones);
      }
    }
    return (base, step) -> {
      int n = 0;
      while (n < ms.length && ms[n] <= step) {
        n++;
      }
      return base * Math.pow(gamma, n);
    };
  }

  /** Returns PyTorch's {@code ExponentialLR}: {@code base * gamma^step}. */
  static LrSchedule exponentialLr(double gamma) {
    return (base, step) -> base * Math.pow(gamma, step);
  }

  /**
   * Returns PyTorch's {@code CosineAnnealingLR} in its closed form: {@code etaMin + (base - etaMin)
   * * (1 + cos(pi * step / tMax)) / 2} (past {@code tMax} the cosine continues, as PyTorch's).
   */
  static LrSchedule cosineAnnealingLr(long tMax, double etaMin) {
    check("cosineAnnealingLr", "tMax", tMax, tMax > 0, "> 0");
    return (base, step) -> etaMin + (base - etaMin) * (1 + Math.cos(Math.PI * step / tMax)) / 2;
  }

  /**
   * Returns PyTorch's {@code LinearLR} (a warm-up): the base rate times a factor going linearly
   * from {@code startFactor} to {@code endFactor} over {@code totalIters} steps, then constant.
   * PyTorch's defaults are 1/3, 1.0 and 5.
   */
  static LrSchedule linearLr(double startFactor, double endFactor, long totalIters) {
    check("linearLr", "startFactor", startFactor, startFactor > 0 && startFactor <= 1, "in (0, 1]");
    check("linearLr", "endFactor", endFactor, endFactor >= 0 && endFactor <= 1, "in [0, 1]");
    check("linearLr", "totalIters", totalIters, totalIters > 0, "> 0");
    return (base, step) ->
        base
            * (startFactor
                + (endFactor - startFactor) * Math.min(totalIters, step) / (double) totalIters);
  }

  /**
   * Returns PyTorch's {@code OneCycleLR} for the learning rate (two phases, {@code three_phase}
   * false; momentum is not cycled): from {@code maxLr / divFactor} up to {@code maxLr} over the
   * first {@code pctStart} of {@code totalSteps}, then down to {@code maxLr / divFactor /
   * finalDivFactor}, annealing by cosine ({@code cos}) or linearly. The base rate is ignored.
   * PyTorch's defaults are pctStart 0.3, cos, divFactor 25, finalDivFactor 1e4.
   *
   * @throws IvyArgumentException on bad settings, or (from {@code lr}) past {@code totalSteps}
   */
  static LrSchedule oneCycleLr(
      double maxLr,
      long totalSteps,
      double pctStart,
      boolean cos,
      double divFactor,
      double finalDivFactor) {
    check("oneCycleLr", "totalSteps", totalSteps, totalSteps > 0, "> 0");
    check("oneCycleLr", "pctStart", pctStart, pctStart >= 0 && pctStart <= 1, "in [0, 1]");
    double initial = maxLr / divFactor;
    double min = initial / finalDivFactor;
    double[] ends = {pctStart * totalSteps - 1, totalSteps - 1};
    double[] starts = {initial, maxLr};
    double[] stops = {maxLr, min};
    return (base, step) -> {
      if (step > totalSteps) {
        throw new IvyArgumentException(
            "oneCycleLr: stepped " + step + " times, more than totalSteps (" + totalSteps + ")");
      }
      double start = 0;
      for (int i = 0; i < 2; i++) {
        if (step <= ends[i] || i == 1) {
          double pct = (step - start) / (ends[i] - start);
          return cos
              ? stops[i] + (starts[i] - stops[i]) / 2 * (Math.cos(Math.PI * pct) + 1)
              : (stops[i] - starts[i]) * pct + starts[i];
        }
        start = ends[i];
      }
      throw new IllegalStateException("unreachable");
    };
  }

  /**
   * Returns PyTorch's {@code SequentialLR}: {@code schedules[i]} from milestone {@code i - 1} on,
   * each counting steps from its own start (a warm-up followed by a decay).
   *
   * @throws IvyArgumentException unless there is one milestone fewer than schedules, increasing
   */
  static LrSchedule sequential(List<LrSchedule> schedules, List<Long> milestones) {
    if (schedules.isEmpty() || milestones.size() != schedules.size() - 1) {
      throw new IvyArgumentException(
          "sequential: needs one milestone fewer than schedules; got "
              + schedules.size()
              + " schedules and milestones "
              + milestones);
    }
    long[] ms = milestones.stream().mapToLong(Long::longValue).toArray();
    long[] sorted = ms.clone();
    Arrays.sort(sorted);
    if (!Arrays.equals(ms, sorted)) {
      throw new IvyArgumentException(
          "sequential: milestones must be increasing; got " + milestones);
    }
    List<LrSchedule> ss = List.copyOf(schedules);
    return (base, step) -> {
      int i = 0;
      while (i < ms.length && step >= ms[i]) {
        i++;
      }
      return ss.get(i).lr(base, i == 0 ? step : step - ms[i - 1]);
    };
  }

  private static void check(String fn, String arg, double value, boolean ok, String expected) {
    if (!ok) {
      throw new IvyArgumentException(fn + ": " + arg + " must be " + expected + "; got " + value);
    }
  }
}
