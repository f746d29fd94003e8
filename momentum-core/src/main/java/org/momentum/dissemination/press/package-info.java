/**
 * The press release of a monthly release, composed from its published numbers in English and Chinese: the
 * headline growth (month and year to date, January and February together), the divisions that contributed most,
 * the press-release products, and the numbers written the way people read them. Pure text from numbers: the
 * app reads the release and renders HTML and PDF.
 */
package org.momentum.dissemination.press;
