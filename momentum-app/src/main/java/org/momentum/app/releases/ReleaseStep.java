package org.momentum.app.releases;

import java.util.function.UnaryOperator;
import org.momentum.dissemination.ReleaseObservation;

/**
 * A step every observation of a release passes after the components, before it is stored: disclosure control
 * goes here (it sees the whole snapshot in {@link #prepare}, decides its suppression pattern, and then marks each
 * observation, e.g. {@code ReleaseObservation::suppressed} for a withheld cell). A step may return null to drop an
 * observation.
 */
public interface ReleaseStep {
    String name();

    UnaryOperator<ReleaseObservation> prepare(ReleaseContext context);
}
