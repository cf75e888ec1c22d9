package dev.ivy.backend.tf;

import dev.ivy.backend.Backend;
import dev.ivy.backend.BackendProvider;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

/**
 * Service-provider entry of the TensorFlow Java backend ({@code "tf"}, alias {@code "tensorflow"}).
 * Constructing it loads nothing; {@link #create()} quiets TensorFlow's C++ logging, loads its
 * natives and runs a first graph session with stderr redirected (see {@link TfLogSilencer}).
 */
public final class TfBackendProvider implements BackendProvider {
  /** Creates the provider; cheap, loads no natives. */
  public TfBackendProvider() {}

  @Override
  public String name() {
    return "tf";
  }

  @Override
  public List<String> aliases() {
    return List.of("tensorflow");
  }

  @Override
  public Backend create() {
    TfLogSilencer.apply();
    TfBackend b = new TfBackend();
    TfLogSilencer.firstSessionQuietly(TfBackendProvider::warmUpSession);
    return b;
  }

  /** Builds and runs a one-addition graph session, with the backend's session options. */
  private static void warmUpSession() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Operand<TFloat32> one = tf.constant(1f);
      Operand<TFloat32> two = tf.math.add(one, one);
      ConfigProto config;
      try {
        config = ConfigProto.parseFrom(TfSessionConfig.serialized());
      } catch (com.google.protobuf.InvalidProtocolBufferException e) {
        throw new IllegalStateException("TfSessionConfig: invalid ConfigProto", e);
      }
      try (Session s = new Session(g, config);
          Result r = s.runner().fetch(two).run()) {
        // the result is not read: the run is what TensorFlow logs at
      }
    }
  }
}
