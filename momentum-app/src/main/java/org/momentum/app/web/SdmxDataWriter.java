package org.momentum.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.momentum.app.files.CsvOut;
import org.momentum.classification.Period;
import org.momentum.dissemination.ObservationStatus;
import org.momentum.dissemination.RealTimeObservation;
import org.momentum.dissemination.SeriesKey;

/**
 * The three SDMX data formats of one answer. A withheld observation (status C) has no value (NaN in SDMX-ML,
 * empty in SDMX-CSV, null in SDMX-JSON) and carries OBS_STATUS=C and CONF_STATUS=C; a normal one OBS_STATUS=A
 * (CONF_STATUS=F, free).
 */
final class SdmxDataWriter {
    static final String SS = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String STRUCTURE_REF = SdmxStructure.AGENCY + "_" + SdmxStructure.DSD + "_" + SdmxStructure.VERSION.replace('.', '_');
    static final String STRUCTURE_NS = SdmxStructure.urn("datastructure.DataStructure", SdmxStructure.DSD) + ":ObsLevelDim:TIME_PERIOD";
    static final String FLOW_REF = SdmxStructure.AGENCY + ":" + SdmxStructure.FLOW + "(" + SdmxStructure.VERSION + ")";

    /** A series of the answer with its observations (ascending). */
    record Series(SeriesKey key, List<RealTimeObservation> observations) {}

    private final SdmxStructure structure;

    SdmxDataWriter(SdmxStructure structure) { this.structure = structure; }

    static String confStatus(RealTimeObservation o) { return o.status() == ObservationStatus.CONFIDENTIAL ? "C" : "F"; }

    /** SDMX-ML 2.1 structure-specific data, observations at TIME_PERIOD (SDMXStructureSpecificData.xsd). */
    String xml(List<Series> data, String messageId, String prepared) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("mes", "StructureSpecificData", SdmxStructure.MES);
        w.writeNamespace("mes", SdmxStructure.MES);
        w.writeNamespace("com", SdmxStructure.COM);
        w.writeNamespace("ss", SS);
        w.writeNamespace("xsi", XSI);
        w.writeNamespace("ns1", STRUCTURE_NS);
        SdmxStructure.header(w, messageId, prepared);
        w.writeStartElement(SdmxStructure.MES, "Structure");
        w.writeAttribute("structureID", STRUCTURE_REF);
        w.writeAttribute("namespace", STRUCTURE_NS);
        w.writeAttribute("dimensionAtObservation", SdmxStructure.TIME.id());
        w.writeStartElement(SdmxStructure.COM, "Structure");
        w.writeEmptyElement("Ref");
        w.writeAttribute("agencyID", SdmxStructure.AGENCY);
        w.writeAttribute("id", SdmxStructure.DSD);
        w.writeAttribute("version", SdmxStructure.VERSION);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement(); // Header
        w.writeStartElement(SdmxStructure.MES, "DataSet");
        w.writeAttribute("ss", SS, "structureRef", STRUCTURE_REF);
        w.writeAttribute("xsi", XSI, "type", "ns1:DataSetType");
        w.writeAttribute("ss", SS, "dataScope", "DataStructure");
        w.writeAttribute("action", "Information");
        for (Series s : data) {
            w.writeStartElement("Series");
            List<String> codes = SdmxStructure.codes(s.key());
            for (int i = 0; i < codes.size(); i++) w.writeAttribute(SdmxStructure.DIMENSIONS.get(i).id(), codes.get(i));
            w.writeAttribute(SdmxStructure.UNIT.id(), structure.unitOf(s.key()));
            for (RealTimeObservation o : s.observations()) {
                w.writeEmptyElement("Obs");
                w.writeAttribute(SdmxStructure.TIME.id(), Period.format(o.period()));
                // no value: SDMX-ML's "NaN" (clients such as sdmx-dl drop an Obs without OBS_VALUE altogether)
                w.writeAttribute(SdmxStructure.OBS_VALUE.id(), o.defined() ? number(o.value()) : "NaN");
                w.writeAttribute(SdmxStructure.OBS_STATUS.id(), o.status().code());
                w.writeAttribute(SdmxStructure.CONF_STATUS.id(), confStatus(o));
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return out.toString();
    }

    /**
     * SDMX-CSV 1.0 (sdmx-twg sdmx-csv, v1.0 "sdmx-csv-field-guide"): DATAFLOW, the dimensions, TIME_PERIOD,
     * OBS_VALUE, then the attributes; one row per observation.
     */
    String csv(List<Series> data) {
        StringBuilder b = new StringBuilder("DATAFLOW");
        for (SdmxStructure.Component d : SdmxStructure.DIMENSIONS) b.append(',').append(d.id());
        b.append(",TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,CONF_STATUS\n");
        for (Series s : data) {
            String prefix = CsvOut.quote(FLOW_REF) + ',' + String.join(",", SdmxStructure.codes(s.key()).stream().map(CsvOut::quote).toList());
            String unit = structure.unitOf(s.key());
            for (RealTimeObservation o : s.observations())
                b.append(prefix).append(',').append(Period.format(o.period())).append(',').append(o.defined() ? number(o.value()) : "")
                        .append(',').append(unit).append(',').append(o.status().code()).append(',').append(confStatus(o)).append('\n');
        }
        return b.toString();
    }

    /**
     * SDMX-JSON data message 1.0 (sdmx-twg sdmx-json, data-message/docs/1-sdmx-json-field-guide.md): series keyed
     * by the indices of their dimension values ("0:3:1:0:0"), observations keyed by the index of their time
     * period, each [value, OBS_STATUS index, CONF_STATUS index]; the values listed under structure.
     */
    String json(List<Series> data, String messageId, String prepared, String lang) throws Exception {
        boolean zh = "zh".equals(lang);
        int n = SdmxStructure.DIMENSIONS.size();
        List<List<String>> dimValues = new ArrayList<>();
        for (int i = 0; i < n; i++) dimValues.add(new ArrayList<>());
        List<String> periods = new ArrayList<>(), units = new ArrayList<>();
        java.util.TreeSet<Integer> allPeriods = new java.util.TreeSet<>();
        for (Series s : data) {
            List<String> codes = SdmxStructure.codes(s.key());
            for (int i = 0; i < n; i++) if (!dimValues.get(i).contains(codes.get(i))) dimValues.get(i).add(codes.get(i));
            if (!units.contains(structure.unitOf(s.key()))) units.add(structure.unitOf(s.key()));
            for (RealTimeObservation o : s.observations()) allPeriods.add(o.period());
        }
        for (int p : allPeriods) periods.add(Period.format(p));
        List<String> obsStatus = List.of("A", "C", "M"), confStatus = List.of("F", "C");
        Map<String, Object> series = new LinkedHashMap<>();
        for (Series s : data) {
            List<String> codes = SdmxStructure.codes(s.key());
            StringBuilder k = new StringBuilder();
            for (int i = 0; i < n; i++) k.append(i == 0 ? "" : ":").append(dimValues.get(i).indexOf(codes.get(i)));
            Map<String, Object> observations = new LinkedHashMap<>();
            for (RealTimeObservation o : s.observations()) {
                List<Object> v = new ArrayList<>();
                v.add(o.defined() ? o.value() : null);
                v.add(obsStatus.indexOf(o.status().code()));
                v.add(confStatus.indexOf(confStatus(o)));
                observations.put(Integer.toString(periods.indexOf(Period.format(o.period()))), v);
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("attributes", List.of(units.indexOf(structure.unitOf(s.key()))));
            one.put("observations", observations);
            series.put(k.toString(), one);
        }
        List<Object> seriesDims = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SdmxStructure.Component d = SdmxStructure.DIMENSIONS.get(i);
            SdmxStructure.Codelist cl = structure.codelist(d.codelist());
            List<Object> values = new ArrayList<>();
            for (String code : dimValues.get(i)) {
                SdmxStructure.Code c = cl.code(code);
                values.add(value(code, c == null ? code : zh ? c.nameZh() : c.nameEn()));
            }
            seriesDims.add(component(d, zh, i, values));
        }
        List<Object> timeValues = new ArrayList<>();
        for (String p : periods) timeValues.add(value(p, p));
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("dataSet", List.of());
        dimensions.put("series", seriesDims);
        dimensions.put("observation", List.of(component(SdmxStructure.TIME, zh, -1, timeValues)));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("dataSet", List.of());
        attributes.put("series", List.of(component(SdmxStructure.UNIT, zh, -1, codeValues(structure.codelist("CL_UNIT"), units, zh))));
        attributes.put("observation", List.of(
                component(SdmxStructure.OBS_STATUS, zh, -1, codeValues(structure.codelist("CL_OBS_STATUS"), obsStatus, zh)),
                component(SdmxStructure.CONF_STATUS, zh, -1, codeValues(structure.codelist("CL_CONF_STATUS"), confStatus, zh))));
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("links", List.of(Map.of("rel", "dataflow", "urn", SdmxStructure.urn("datastructure.Dataflow", SdmxStructure.FLOW))));
        struct.put("name", zh ? "工业指标（已发布）" : "Industrial indicators (published releases)");
        struct.put("dimensions", dimensions);
        struct.put("attributes", attributes);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("id", messageId);
        header.put("test", false);
        header.put("prepared", prepared);
        header.put("sender", Map.of("id", SdmxStructure.AGENCY));
        Map<String, Object> dataSet = new LinkedHashMap<>();
        dataSet.put("action", "Information");
        dataSet.put("series", series);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("header", header);
        out.put("dataSets", List.of(dataSet));
        out.put("structure", struct);
        return new ObjectMapper().writeValueAsString(out);
    }

    private static Map<String, Object> component(SdmxStructure.Component c, boolean zh, int keyPosition, List<Object> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", zh ? c.nameZh() : c.nameEn());
        if (keyPosition >= 0) m.put("keyPosition", keyPosition);
        if (c == SdmxStructure.TIME) m.put("role", "time");
        m.put("values", values);
        return m;
    }

    private static List<Object> codeValues(SdmxStructure.Codelist cl, List<String> codes, boolean zh) {
        List<Object> out = new ArrayList<>();
        for (String code : codes) {
            SdmxStructure.Code c = cl.code(code);
            out.add(value(code, c == null ? code : zh ? c.nameZh() : c.nameEn()));
        }
        return out;
    }

    private static Map<String, Object> value(String id, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        return m;
    }

    /** Plain decimal, as Momentum's CSV files write numbers. */
    static String number(double v) { return CsvOut.number(v); }
}
