package org.momentum.reports;

/** A product whose quantity enterprises report as {@code product.<code>} and capacity as {@code capacity.<code>}. */
public record Product(String code, String unitEn, String unitZh, String nameEn, String nameZh, String industry) {}
