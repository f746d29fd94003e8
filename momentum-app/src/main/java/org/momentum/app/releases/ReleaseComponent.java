package org.momentum.app.releases;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.momentum.dissemination.ReleaseObservation;
import org.momentum.store.Releases;

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

    /**
     * What the component keeps with the release besides observations (tables of its own keyed by the release id,
     * e.g. the outlook's forecasts, which lie after the release's month), computed here from the snapshot and
     * written in the release's creating transaction; null for nothing. {@code published} is the release steps'
     * verdict on an observation (null or withheld when it would not be published), so that a component does not
     * publish what disclosure control hides.
     */
    default Releases.Attachment attach(ReleaseContext context, UnaryOperator<ReleaseObservation> published) { return null; }
}
