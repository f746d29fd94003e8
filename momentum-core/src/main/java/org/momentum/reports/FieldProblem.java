package org.momentum.reports;

/** What is wrong with one field of one input row: the column and the reason, in words a reporter understands. */
public record FieldProblem(String column, String reason) {}
