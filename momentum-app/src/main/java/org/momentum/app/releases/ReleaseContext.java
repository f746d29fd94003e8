package org.momentum.app.releases;

import java.time.Instant;
import org.momentum.indicators.IndicatorCube;
import org.momentum.indicators.Panel;
import org.momentum.indicators.PriceIndex;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;

/**
 * What a release is computed from: its month, the cut-off, and the store's data frozen at the cut-off (the panel
 * of reports and register, the price indices, and the indicator cube computed from them). Components read
 * this, never the store's current tables, so that everything in a release comes from the same snapshot.
 * {@code db} is for reference tables a component may need; what it reads there must not depend on time.
 */
public record ReleaseContext(int period, Instant cutoff, Panel panel, PriceIndex prices, IndicatorCube indicators,
                             Database db, ReferenceData ref) {}
