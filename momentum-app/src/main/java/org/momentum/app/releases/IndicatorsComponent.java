package org.momentum.app.releases;

import java.util.function.Consumer;
import org.momentum.dissemination.PublicationRules;
import org.momentum.dissemination.ReleaseObservation;
import org.momentum.indicators.IndicatorRow;

/** The indicator cube (indicators.md) of the snapshot, months up to the release's, under the publication rules. */
public final class IndicatorsComponent implements ReleaseComponent {
    @Override
    public String name() { return "indicators"; }

    @Override
    public void contribute(ReleaseContext context, Consumer<ReleaseObservation> out) {
        for (IndicatorRow r : context.indicators().rows())
            if (r.period() <= context.period()) PublicationRules.observations(r, out);
    }
}
