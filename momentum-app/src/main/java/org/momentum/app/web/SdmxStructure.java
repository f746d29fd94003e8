package org.momentum.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.momentum.classification.Industry;
import org.momentum.classification.IndustryClassification;
import org.momentum.classification.Region;
import org.momentum.dissemination.SeriesKey;
import org.momentum.reports.IndicatorCatalog;
import org.momentum.reports.IndicatorDefinition;
import org.momentum.store.ReferenceData;

/**
 * Momentum's SDMX structures: one data structure (DSD) for the published industrial indicators, its dataflow, its
 * concept scheme and code lists (GB/T 4754 industries with their parents, GB/T 2260 provinces under ALL, measures,
 * variables, units, frequency, observation and confidentiality status), names in English and Chinese.
 * A series key is FREQ.MEASURE.INDUSTRY.REGION.VARIABLE; measure codes hold dots ({@code product.nev}), which SDMX
 * ids may not (IDType [A-Za-z0-9_@$-]), so a dot becomes '-' there ({@code product-nev}).
 * Written as SDMX-ML 2.1 structure messages (SDMX 2.1 Technical Standards, Section 3A, SDMXStructure*.xsd).
 */
final class SdmxStructure {
    static final String AGENCY = "MOMENTUM";
    static final String VERSION = "1.0";
    static final String FLOW = "INDUSTRY";
    static final String DSD = "DSD_INDUSTRY";
    static final String CONCEPTS = "CS_INDUSTRY";
    static final String MES = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    static final String STR = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    record Code(String id, String nameEn, String nameZh, String parent) {}

    record Codelist(String id, String nameEn, String nameZh, List<Code> codes) {
        Code code(String id) {
            for (Code c : codes) if (c.id().equals(id)) return c;
            return null;
        }
    }

    /** A dimension or attribute: its concept and its code list. */
    record Component(String id, String nameEn, String nameZh, String codelist) {}

    static final List<Component> DIMENSIONS = List.of(
            new Component("FREQ", "Frequency", "频率", "CL_FREQ"),
            new Component("MEASURE", "Measure", "指标", "CL_MEASURE"),
            new Component("INDUSTRY", "Industry (GB/T 4754-2017)", "行业（GB/T 4754-2017）", "CL_INDUSTRY"),
            new Component("REGION", "Region (GB/T 2260)", "地区（GB/T 2260）", "CL_REGION"),
            new Component("VARIABLE", "Variable of the indicator", "指标口径", "CL_VARIABLE"));
    static final Component TIME = new Component("TIME_PERIOD", "Time period", "时间", null);
    static final Component OBS_VALUE = new Component("OBS_VALUE", "Observation value", "观测值", null);
    static final Component UNIT = new Component("UNIT_MEASURE", "Unit of measure", "计量单位", "CL_UNIT");
    static final Component OBS_STATUS = new Component("OBS_STATUS", "Observation status", "观测值状态", "CL_OBS_STATUS");
    static final Component CONF_STATUS = new Component("CONF_STATUS", "Confidentiality status", "保密状态", "CL_CONF_STATUS");

    private final SeriesNames names;
    private final Map<String, Codelist> codelists = new LinkedHashMap<>();

    SdmxStructure(ReferenceData ref) {
        this.names = new SeriesNames(ref);
        codelists.put("CL_FREQ", new Codelist("CL_FREQ", "Frequency", "频率", List.of(new Code("M", "Monthly", "月度", null))));
        List<Code> measures = new ArrayList<>();
        List<String> measureCodes = new ArrayList<>();
        for (IndicatorDefinition d : ref.indicators().all()) measureCodes.add(d.code());
        measureCodes.add(IndicatorCatalog.OUTPUT_VALUE_REAL);
        for (String m : measureCodes) measures.add(new Code(measureId(m), names.measureName(m, false), names.measureName(m, true), null));
        codelists.put("CL_MEASURE", new Codelist("CL_MEASURE", "Measure", "指标", List.copyOf(measures)));
        List<Code> industries = new ArrayList<>();
        industries.add(new Code("ALL", names.industryName("ALL", false), names.industryName("ALL", true), null));
        for (Industry i : ref.industries().all()) {
            if (!IndustryClassification.INDUSTRIAL_SECTIONS.contains(i.section())) continue;
            String parent = i.parent() == null || i.parent().isBlank() ? "ALL" : i.parent();
            industries.add(new Code(i.code(), names.industryName(i.code(), false), names.industryName(i.code(), true), parent));
        }
        codelists.put("CL_INDUSTRY", new Codelist("CL_INDUSTRY", "Industries (GB/T 4754-2017)", "国民经济行业分类（GB/T 4754-2017）", List.copyOf(industries)));
        List<Code> regions = new ArrayList<>();
        regions.add(new Code("ALL", names.regionName("ALL", false), names.regionName("ALL", true), null));
        for (Region r : ref.regions().provinces()) regions.add(new Code(r.code(), r.nameEn(), r.nameZh(), "ALL"));
        codelists.put("CL_REGION", new Codelist("CL_REGION", "Provinces (GB/T 2260)", "省级行政区划（GB/T 2260）", List.copyOf(regions)));
        List<Code> variables = new ArrayList<>();
        for (String v : List.of(SeriesKey.LEVEL, "enterprises", "yoy_pct", "ytd_value", "ytd_yoy_pct", "contribution_pp"))
            variables.add(new Code(v, v.equals(SeriesKey.LEVEL) ? "Level" : names.variableLabel(v, false), v.equals(SeriesKey.LEVEL) ? "水平值" : names.variableLabel(v, true), null));
        codelists.put("CL_VARIABLE", new Codelist("CL_VARIABLE", "Variable of the indicator", "指标口径", List.copyOf(variables)));
        Map<String, Code> units = new LinkedHashMap<>();
        for (String m : measureCodes)
            for (Code v : variables) {
                SeriesKey k = new SeriesKey(m, "ALL", "ALL", v.id());
                String en = names.units(k, false);
                units.putIfAbsent(unitId(en), new Code(unitId(en), en, names.units(k, true), null));
            }
        codelists.put("CL_UNIT", new Codelist("CL_UNIT", "Units of measure", "计量单位", List.copyOf(units.values())));
        // SDMX cross-domain code lists CL_OBS_STATUS and CL_CONF_STATUS, the codes Momentum uses
        codelists.put("CL_OBS_STATUS", new Codelist("CL_OBS_STATUS", "Observation status", "观测值状态", List.of(
                new Code("A", "Normal value", "正常值", null), new Code("C", "Confidential", "保密", null), new Code("M", "Missing value", "缺失值", null))));
        codelists.put("CL_CONF_STATUS", new Codelist("CL_CONF_STATUS", "Confidentiality status", "保密状态", List.of(
                new Code("F", "Free", "公开", null), new Code("C", "Confidential statistical information", "保密统计信息", null))));
    }

    Map<String, Codelist> codelists() { return codelists; }

    Codelist codelist(String id) { return codelists.get(id); }

    static String measureId(String measure) { return measure.replace('.', '-'); }

    static String measureOf(String id) { return id.replace('-', '.'); }

    /** e.g. "10k yuan" → 10K_YUAN, "Percentage points" → PERCENTAGE_POINTS. */
    static String unitId(String unitEn) {
        String s = unitEn.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        return s.isEmpty() ? "NONE" : s;
    }

    String unitOf(SeriesKey k) { return unitId(names.units(k, false)); }

    /** The series key's codes in dimension order. */
    static List<String> codes(SeriesKey k) {
        return List.of("M", measureId(k.measure()), k.industry(), k.region(), k.variable());
    }

    SeriesNames names() { return names; }

    static String urn(String cls, String id) {
        return "urn:sdmx:org.sdmx.infomodel." + cls + "=" + AGENCY + ":" + id + "(" + VERSION + ")";
    }

    // ---- SDMX-ML 2.1 structure message ----

    /** What a structure message holds. */
    record Contents(boolean dataflow, boolean dsd, boolean concepts, List<String> codelists) {}

    void write(XMLStreamWriter w, Contents c, String messageId, String prepared) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("mes", "Structure", MES);
        w.writeNamespace("mes", MES);
        w.writeNamespace("str", STR);
        w.writeNamespace("com", COM);
        header(w, messageId, prepared);
        w.writeEndElement();
        w.writeStartElement(MES, "Structures");
        if (c.dataflow()) {
            w.writeStartElement(STR, "Dataflows");
            maintainable(w, "Dataflow", FLOW, "datastructure.Dataflow", "Industrial indicators (published releases)", "工业指标（已发布）");
            w.writeStartElement(STR, "Structure");
            ref(w, DSD, null, "datastructure", "DataStructure");
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        }
        if (!c.codelists().isEmpty()) {
            w.writeStartElement(STR, "Codelists");
            for (String id : c.codelists()) codelist(w, codelists.get(id));
            w.writeEndElement();
        }
        if (c.concepts()) {
            w.writeStartElement(STR, "Concepts");
            maintainable(w, "ConceptScheme", CONCEPTS, "conceptscheme.ConceptScheme", "Concepts of the industrial indicators", "工业指标概念");
            List<Component> all = new ArrayList<>(DIMENSIONS);
            all.addAll(List.of(TIME, OBS_VALUE, UNIT, OBS_STATUS, CONF_STATUS));
            for (Component k : all) {
                w.writeStartElement(STR, "Concept");
                w.writeAttribute("id", k.id());
                w.writeAttribute("urn", "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=" + AGENCY + ":" + CONCEPTS + "(" + VERSION + ")." + k.id());
                names(w, k.nameEn(), k.nameZh());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        }
        if (c.dsd()) {
            w.writeStartElement(STR, "DataStructures");
            dsd(w);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
    }

    /** Opens the message header and writes its id, test flag, time and sender; the caller closes it. */
    static void header(XMLStreamWriter w, String messageId, String prepared) throws XMLStreamException {
        w.writeStartElement(MES, "Header");
        text(w, MES, "ID", messageId);
        text(w, MES, "Test", "false");
        text(w, MES, "Prepared", prepared);
        w.writeStartElement(MES, "Sender");
        w.writeAttribute("id", AGENCY);
        w.writeEndElement();
    }

    private void codelist(XMLStreamWriter w, Codelist cl) throws XMLStreamException {
        maintainable(w, "Codelist", cl.id(), "codelist.Codelist", cl.nameEn(), cl.nameZh());
        for (Code code : cl.codes()) {
            w.writeStartElement(STR, "Code");
            w.writeAttribute("id", code.id());
            w.writeAttribute("urn", "urn:sdmx:org.sdmx.infomodel.codelist.Code=" + AGENCY + ":" + cl.id() + "(" + VERSION + ")." + code.id());
            names(w, code.nameEn(), code.nameZh());
            if (code.parent() != null) {
                w.writeStartElement(STR, "Parent");
                w.writeEmptyElement("Ref");
                w.writeAttribute("id", code.parent());
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void dsd(XMLStreamWriter w) throws XMLStreamException {
        maintainable(w, "DataStructure", DSD, "datastructure.DataStructure", "Industrial indicators", "工业指标");
        w.writeStartElement(STR, "DataStructureComponents");
        w.writeStartElement(STR, "DimensionList");
        w.writeAttribute("id", "DimensionDescriptor");
        int position = 1;
        for (Component d : DIMENSIONS) {
            w.writeStartElement(STR, "Dimension");
            w.writeAttribute("id", d.id());
            w.writeAttribute("position", Integer.toString(position++));
            concept(w, d);
            enumeration(w, d);
            w.writeEndElement();
        }
        w.writeStartElement(STR, "TimeDimension");
        w.writeAttribute("id", TIME.id());
        w.writeAttribute("position", Integer.toString(position));
        concept(w, TIME);
        w.writeStartElement(STR, "LocalRepresentation");
        w.writeEmptyElement(STR, "TextFormat");
        w.writeAttribute("textType", "ObservationalTimePeriod");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement(STR, "AttributeList");
        w.writeAttribute("id", "AttributeDescriptor");
        attribute(w, UNIT, true);
        attribute(w, OBS_STATUS, false);
        attribute(w, CONF_STATUS, false);
        w.writeEndElement();
        w.writeStartElement(STR, "MeasureList");
        w.writeAttribute("id", "MeasureDescriptor");
        w.writeStartElement(STR, "PrimaryMeasure");
        w.writeAttribute("id", OBS_VALUE.id());
        concept(w, OBS_VALUE);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    /** UNIT_MEASURE belongs to the series (all its dimensions); the status attributes to each observation. */
    private static void attribute(XMLStreamWriter w, Component a, boolean series) throws XMLStreamException {
        w.writeStartElement(STR, "Attribute");
        w.writeAttribute("id", a.id());
        w.writeAttribute("assignmentStatus", series || a == OBS_STATUS ? "Mandatory" : "Conditional");
        concept(w, a);
        enumeration(w, a);
        w.writeStartElement(STR, "AttributeRelationship");
        if (series) {
            for (Component d : DIMENSIONS) {
                w.writeStartElement(STR, "Dimension");
                w.writeEmptyElement("Ref");
                w.writeAttribute("id", d.id());
                w.writeEndElement();
            }
        } else {
            w.writeStartElement(STR, "PrimaryMeasure");
            w.writeEmptyElement("Ref");
            w.writeAttribute("id", OBS_VALUE.id());
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void concept(XMLStreamWriter w, Component c) throws XMLStreamException {
        w.writeStartElement(STR, "ConceptIdentity");
        w.writeEmptyElement("Ref");
        w.writeAttribute("id", c.id());
        w.writeAttribute("maintainableParentID", CONCEPTS);
        w.writeAttribute("maintainableParentVersion", VERSION);
        w.writeAttribute("agencyID", AGENCY);
        w.writeAttribute("package", "conceptscheme");
        w.writeAttribute("class", "Concept");
        w.writeEndElement();
    }

    private static void enumeration(XMLStreamWriter w, Component c) throws XMLStreamException {
        w.writeStartElement(STR, "LocalRepresentation");
        w.writeStartElement(STR, "Enumeration");
        ref(w, c.codelist(), null, "codelist", "Codelist");
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void ref(XMLStreamWriter w, String id, String parent, String pkg, String cls) throws XMLStreamException {
        w.writeEmptyElement("Ref");
        w.writeAttribute("id", id);
        w.writeAttribute("version", VERSION);
        w.writeAttribute("agencyID", AGENCY);
        w.writeAttribute("package", pkg);
        w.writeAttribute("class", cls);
    }

    /** Opens a maintainable artefact with its names; the caller writes its content and closes it. */
    private static void maintainable(XMLStreamWriter w, String element, String id, String urnClass, String en, String zh) throws XMLStreamException {
        w.writeStartElement(STR, element);
        w.writeAttribute("id", id);
        w.writeAttribute("urn", urn(urnClass, id));
        w.writeAttribute("agencyID", AGENCY);
        w.writeAttribute("version", VERSION);
        w.writeAttribute("isFinal", "true");
        names(w, en, zh);
    }

    /** The English name (the Chinese one where a classification has no English), then the Chinese. */
    private static void names(XMLStreamWriter w, String en, String zh) throws XMLStreamException {
        w.writeStartElement(COM, "Name");
        w.writeAttribute("xml", XML_NS, "lang", "en");
        w.writeCharacters(en == null || en.isBlank() ? zh : en);
        w.writeEndElement();
        if (zh != null && !zh.isBlank()) {
            w.writeStartElement(COM, "Name");
            w.writeAttribute("xml", XML_NS, "lang", "zh");
            w.writeCharacters(zh);
            w.writeEndElement();
        }
    }

    static void text(XMLStreamWriter w, String ns, String element, String text) throws XMLStreamException {
        w.writeStartElement(ns, element);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
