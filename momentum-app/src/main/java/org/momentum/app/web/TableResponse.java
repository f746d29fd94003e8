package org.momentum.app.web;

import io.javalin.http.Context;
import java.util.Locale;
import org.momentum.app.files.Table;

/** Sends a {@link Table} as CSV or XLSX: the same rows either way, so every CSV download has its workbook. */
final class TableResponse {
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    enum Format {
        JSON, CSV, XLSX;

        String extension() { return name().toLowerCase(Locale.ROOT); }
    }

    private TableResponse() {}

    /** ?format=json|csv|xlsx (default json). */
    static Format format(Context ctx) {
        String f = ctx.queryParam("format");
        if (f == null || f.isBlank() || f.equals("json")) return Format.JSON;
        if (f.equals("csv")) return Format.CSV;
        if (f.equals("xlsx")) return Format.XLSX;
        throw new Server.BadRequest("format: '" + f + "' is not json, csv or xlsx");
    }

    /** The table in the format asked; a download name (without extension) makes it an attachment. */
    static void send(Context ctx, Format format, Table table, String name, boolean attachment) {
        if (format == Format.JSON) throw new IllegalArgumentException("JSON is the route's own");
        if (attachment) ctx.header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension() + "\"");
        if (format == Format.CSV) ctx.status(200).contentType("text/csv; charset=utf-8").result(table.csv());
        else ctx.status(200).contentType(XLSX_TYPE).result(table.xlsx(name));
    }
}
