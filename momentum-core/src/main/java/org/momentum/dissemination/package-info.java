/**
 * Dissemination: what a statistics office does between "computed" and "public". Releases and their life
 * (draft → approved → published, corrections as new versions), the real-time (vintage) view of published
 * observations as ALFRED has it, and the FRED API's transformations of a series (frequency aggregation, then
 * units). Pure logic on plain values: the store keeps releases, the app serves them.
 */
package org.momentum.dissemination;
