package org.momentum.app.files;

/** Progress of long work: bytes or units done out of a total, and rows so far. */
public interface Progress {
    void update(String what, long done, long total, long rows);

    default void finish(String what, long rows) {}

    Progress NONE = (w, d, t, r) -> {};
}
