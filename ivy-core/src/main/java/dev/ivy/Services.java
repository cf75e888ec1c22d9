package dev.ivy;

import dev.ivy.errors.IvyArgumentException;
import dev.ivy.errors.IvyException;
import dev.ivy.nn.Module;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The implementations behind {@link Ivy}'s entries that use optional modules found with {@link
 * ServiceLoader}: the tracer ({@link TraceProvider}), module converters ({@link ModuleConverter})
 * and the ONNX importer ({@link OnnxProvider}).
 */
final class Services {
  private Services() {}

  static TracedFunction traceGraph(Function<List<Array>, Object> fn, Array... exampleInputs) {
    for (TraceProvider p : ServiceLoader.load(TraceProvider.class)) {
      return p.trace(fn, List.of(exampleInputs));
    }
    throw new IvyException(
        "traceGraph: the tracer must be on the class path (module ivy-tracer); it is not");
  }

  static TracedFunction traceGraph(
      Function<List<Array>, Object> fn, TraceOptions options, Array... exampleInputs) {
    if (exampleInputs == null) {
      throw new IvyArgumentException("traceGraph: exampleInputs must not be null");
    }
    Object[] ex = exampleInputs.clone();
    return traceGraphArgs(
        args -> {
          List<Array> in = new ArrayList<>();
          for (Object o : args) {
            in.add((Array) o);
          }
          return fn.apply(Collections.unmodifiableList(in));
        },
        options,
        ex);
  }

  static TracedFunction traceGraphArgs(
      Function<? super TraceArgs, Object> fn, TraceOptions options, Object... args) {
    if (fn == null || options == null || args == null) {
      throw new IvyArgumentException("traceGraph: fn, options and args must not be null");
    }
    for (TraceProvider p : ServiceLoader.load(TraceProvider.class)) {
      return p.traceArgs(fn, options, Arrays.asList(args.clone()));
    }
    throw new IvyException(
        "traceGraph: the tracer must be on the class path (module ivy-tracer); it is not");
  }

  static Module toIvyModule(Object frameworkModule) {
    if (frameworkModule instanceof Module m) {
      return m;
    }
    if (frameworkModule == null) {
      throw new IvyArgumentException(
          "toIvyModule: frameworkModule must be a framework-style module; got null");
    }
    for (ModuleConverter c : ServiceLoader.load(ModuleConverter.class)) {
      Optional<Module> r = c.toIvyModule(frameworkModule);
      if (r.isPresent()) {
        return r.get();
      }
    }
    throw new IvyArgumentException(
        "toIvyModule: frameworkModule must be a module a converter on the class path knows (a"
            + " torch-style TorchFrontend.nn.Module with ivy-frontends); got "
            + frameworkModule.getClass().getName());
  }

  static TracedFunction loadGraph(Path file) {
    if (file == null) {
      throw new IvyArgumentException("loadGraph: file must be a path; got null");
    }
    for (TraceProvider p : ServiceLoader.load(TraceProvider.class)) {
      return p.load(file);
    }
    throw new IvyException(
        "loadGraph: the tracer must be on the class path (module ivy-tracer); it is not");
  }

  /** Imports with {@code options}, or with the options the model implies when null. */
  static TracedFunction importOnnx(Path path, TraceOptions options, Array... examples) {
    if (path == null || examples == null) {
      throw new IvyArgumentException("importOnnx: path and examples must not be null");
    }
    for (OnnxProvider p : ServiceLoader.load(OnnxProvider.class)) {
      return options == null
          ? p.importOnnx(path, List.of(examples))
          : p.importOnnx(path, options, List.of(examples));
    }
    throw new IvyException(
        "importOnnx: the ONNX importer must be on the class path (module ivy-onnx); it is not");
  }

  static Module importOnnxModule(Path path) {
    for (OnnxProvider p : ServiceLoader.load(OnnxProvider.class)) {
      return p.importOnnxModule(path);
    }
    throw new IvyException(
        "importOnnxModule: the ONNX importer must be on the class path (module ivy-onnx); it is"
            + " not");
  }
}
