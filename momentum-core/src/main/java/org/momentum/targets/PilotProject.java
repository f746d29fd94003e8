package org.momentum.targets;

/** A pilot project: announced in a batch (e.g. "2017" batch of 97 projects) in a year, run by one enterprise. */
public record PilotProject(String id, String programmeId, String batch, int year, String enterpriseId, String projectType) {
    public PilotProject {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a pilot project needs an id");
    }
}
