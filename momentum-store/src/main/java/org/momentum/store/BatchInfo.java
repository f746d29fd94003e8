package org.momentum.store;

/** What is known of a file before it is applied: its name, content hash, encoding and who imports it. */
public record BatchInfo(String fileName, String sha256, String encoding, String actor) {}
