package org.momentum.classification;

/** One code of GB/T 4754-2017 with its place in the hierarchy. {@code parent} is null for a section. */
public record Industry(String code, IndustryLevel level, String parent, String section, String nameZh, String nameEn) {}
