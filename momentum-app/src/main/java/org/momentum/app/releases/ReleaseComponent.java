package org.momentum.app.releases;

import java.util.function.Consumer;
import org.momentum.dissemination.ReleaseObservation;

/**
 * One capability's part of a release. The indicator cube is the first ({@link IndicatorsComponent}); seasonal
 * adjustment, forecasts, targets and quality flags add theirs by implementing this and being listed in
 * {@link ReleaseService#components}. A component emits observations of months up to the release's month, each
 * a series ({@code SeriesKey} with a variable of its own, e.g. {@code sa}) and a value.
 */
public interface ReleaseComponent {
    /** A short name recorded with the release, e.g. {@code indicators}. */
    String name();

    void contribute(ReleaseContext context, Consumer<ReleaseObservation> out);
}
