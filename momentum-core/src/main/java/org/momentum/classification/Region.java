package org.momentum.classification;

/** A province-level division of GB/T 2260 (code {@code NN0000}). */
public record Region(String code, String nameZh, String nameEn, String shortNameZh) {}
