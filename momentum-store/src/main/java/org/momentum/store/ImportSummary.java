package org.momentum.store;

/**
 * What an import did. {@code batchId} is 0 when nothing was applied (the file was rejected). {@code unchanged}
 * rows repeat what the store already held (the same file imported twice changes nothing).
 */
public record ImportSummary(String kind, String file, long batchId, long rowsRead, long applied, long rejected,
                            long unchanged, long revisions) {}
