package org.momentum.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.momentum.classification.Period;
import org.momentum.reports.FieldProblem;
import org.momentum.testing.SharedData;

/** enterprises.csv rules of formats.md, against the real classifications. */
class RegisterRulesTest {
    private final RegisterRules rules = new RegisterRules(SharedData.industries(), SharedData.regions());

    /** A valid row; each test changes one field. */
    private static final String ID = "91350100M000100Y43", NAME = "福州某机械有限公司", INDUSTRY = "3491", REGION = "350102",
            SIZE = "medium", FROM = "2018-01", TO = "";

    private final List<FieldProblem> problems = new ArrayList<>();

    private Enterprise check(String id, String industry, String region, String size, String from, String to) {
        return rules.check(id, NAME, industry, region, size, from, to, problems);
    }

    private Enterprise checkId(String id) { return check(id, INDUSTRY, REGION, SIZE, FROM, TO); }

    /** The row was refused with exactly one problem, in the column; returns its reason. */
    private String onlyProblemIn(Enterprise e, String column) {
        assertNull(e, "a row with a problem gives no enterprise");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(column, problems.get(0).column(), problems.toString());
        return problems.get(0).reason();
    }

    private void accepted(Enterprise e) {
        assertTrue(problems.isEmpty(), problems.toString());
        assertNotNull(e);
    }

    @Test
    void aValidRowGivesTheEnterprise() {
        Enterprise e = checkId(ID);
        accepted(e);
        assertEquals(new Enterprise(ID, NAME, "3491", "350102", EnterpriseSize.MEDIUM, Period.of(2018, 1), Period.OPEN), e);
        assertEquals("350000", e.province());
        assertTrue(e.inScope(Period.of(2018, 1)));
        assertTrue(e.inScope(Period.of(2999, 12)));
        assertTrue(!e.inScope(Period.of(2017, 12)));
    }

    // enterprise_id

    @Test
    void emptyIdIsRefused() {
        assertEquals("empty, an enterprise id is required", onlyProblemIn(checkId(""), "enterprise_id"));
    }

    @Test
    void idOf32CharactersIsAccepted() {
        accepted(checkId("E".repeat(32)));
    }

    @Test
    void idOver32CharactersIsRefused() {
        assertEquals("is 33 characters long; at most 32", onlyProblemIn(checkId("E".repeat(33)), "enterprise_id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91440300708461136T"})
    void validUsccIsAccepted(String id) {
        accepted(checkId(id));
    }

    @Test
    void usccWithBadCheckCharacterIsRefused() {
        String reason = onlyProblemIn(checkId("91350100M000100Y44"), "enterprise_id");
        assertEquals("check character is '4' but GB 32100-2015 gives '3'", reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENT-000001", "fj-3491-0001", "a", "91350100m000100y43", "X_1.2/3#4"})
    void registerOwnIdsOfVisibleAsciiAreAccepted(String id) {
        accepted(checkId(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"企业001", "ENT 001", "ENT\t001", "ENT-00１", "é", "ENT\u007f", " ENT"})
    void idsWithNonAsciiOrInvisibleCharactersAreRefused(String id) {
        String reason = onlyProblemIn(checkId(id), "enterprise_id");
        assertEquals("'" + id + "' may hold only visible ASCII characters", reason);
    }

    // industry

    @Test
    void unknownIndustryIsRefused() {
        assertEquals("'3495' is not a GB/T 4754-2017 code", onlyProblemIn(check(ID, "3495", REGION, SIZE, FROM, TO), "industry"));
        problems.clear();
        assertEquals("'' is not a GB/T 4754-2017 code", onlyProblemIn(check(ID, "", REGION, SIZE, FROM, TO), "industry"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "34", "349"})
    void industryThatIsNotAClassIsRefused(String code) {
        String reason = onlyProblemIn(check(ID, code, REGION, SIZE, FROM, TO), "industry");
        assertEquals("'" + code + "' is not a 4-digit class of sections B, C or D (industry)", reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0111", "4710", "5111", "6311", "9700"})
    void classOutsideSectionsBCDIsRefused(String code) {
        String reason = onlyProblemIn(check(ID, code, REGION, SIZE, FROM, TO), "industry");
        assertEquals("'" + code + "' is not a 4-digit class of sections B, C or D (industry)", reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0610", "1200", "1311", "4360", "4411", "4690"})
    void classesOfSectionsBCDAreAccepted(String code) {
        accepted(check(ID, code, REGION, SIZE, FROM, TO));
    }

    // region

    @ParameterizedTest
    @ValueSource(strings = {"35010", "3501020", "35010a", "", "３５０１０２", "35-102"})
    void regionThatIsNotSixDigitsIsRefused(String region) {
        String reason = onlyProblemIn(check(ID, INDUSTRY, region, SIZE, FROM, TO), "region");
        assertEquals("'" + region + "' is not a 6-digit GB/T 2260 code", reason);
    }

    @Test
    void regionOfUnknownProvinceIsRefused() {
        String reason = onlyProblemIn(check(ID, INDUSTRY, "710100", SIZE, FROM, TO), "region");
        assertEquals("'710100' is in no known province (710000)", reason);
        problems.clear();
        assertEquals("'000000' is in no known province (000000)", onlyProblemIn(check(ID, INDUSTRY, "000000", SIZE, FROM, TO), "region"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110000", "110105", "650102", "540102"})
    void regionsOfKnownProvincesAreAccepted(String region) {
        accepted(check(ID, INDUSTRY, region, SIZE, FROM, TO));
    }

    // size

    @ParameterizedTest
    @ValueSource(strings = {"large", "medium", "small", "micro"})
    void theFourSizesAreAccepted(String size) {
        Enterprise e = check(ID, INDUSTRY, REGION, size, FROM, TO);
        accepted(e);
        assertEquals(size, e.size().code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Large", "LARGE", "big", "大型", " small", "medium "})
    void otherSizesAreRefused(String size) {
        String reason = onlyProblemIn(check(ID, INDUSTRY, REGION, size, FROM, TO), "size");
        assertEquals("'" + size + "' is not one of large, medium, small, micro", reason);
    }

    // scope_from, scope_to

    @ParameterizedTest
    @ValueSource(strings = {"", "2018-1", "2018-13", "18-01", "2018/01", "2018-01-01", "201801"})
    void malformedScopeFromIsRefused(String from) {
        String reason = onlyProblemIn(check(ID, INDUSTRY, REGION, SIZE, from, TO), "scope_from");
        assertEquals("'" + from + "' is not a month YYYY-MM", reason);
    }

    @Test
    void malformedScopeFromDoesNotAlsoBlameScopeTo() {
        onlyProblemIn(check(ID, INDUSTRY, REGION, SIZE, "2018-13", "2017-01"), "scope_from");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-1", "2018-00", "19-06", " ", "open", "2019-06 "})
    void malformedScopeToIsRefused(String to) {
        String reason = onlyProblemIn(check(ID, INDUSTRY, REGION, SIZE, FROM, to), "scope_to");
        assertEquals("'" + to + "' is not a month YYYY-MM or empty", reason);
    }

    @Test
    void scopeToBeforeScopeFromIsRefused() {
        String reason = onlyProblemIn(check(ID, INDUSTRY, REGION, SIZE, "2018-06", "2018-05"), "scope_to");
        assertEquals("2018-05 is before scope_from 2018-06", reason);
    }

    @Test
    void scopeToEqualToScopeFromIsOneMonth() {
        Enterprise e = check(ID, INDUSTRY, REGION, SIZE, "2018-06", "2018-06");
        accepted(e);
        assertEquals(Period.of(2018, 6), e.scopeFrom());
        assertEquals(Period.of(2018, 6), e.scopeTo());
        assertTrue(e.inScope(Period.of(2018, 6)));
        assertTrue(!e.inScope(Period.of(2018, 7)));
    }

    @Test
    void closedScope() {
        Enterprise e = check(ID, INDUSTRY, REGION, SIZE, "2018-06", "2020-12");
        accepted(e);
        assertEquals(Period.of(2020, 12), e.scopeTo());
        assertTrue(e.inScope(Period.of(2020, 12)));
        assertTrue(!e.inScope(Period.of(2021, 1)));
    }

    @Test
    void emptyScopeToIsOpen() {
        Enterprise e = check(ID, INDUSTRY, REGION, SIZE, FROM, "");
        accepted(e);
        assertEquals(Period.OPEN, e.scopeTo());
    }

    // several problems

    @Test
    void everyBadFieldIsReportedInItsColumn() {
        Enterprise e = rules.check("", NAME, "0111", "710000", "huge", "2018-13", "x", problems);
        assertNull(e);
        Set<String> columns = problems.stream().map(FieldProblem::column).collect(Collectors.toSet());
        assertEquals(Set.of("enterprise_id", "industry", "region", "size", "scope_from", "scope_to"), columns);
        assertEquals(6, problems.size());
    }

    @Test
    void problemsAreAppendedToWhatTheListAlreadyHolds() {
        problems.add(new FieldProblem("name", "earlier"));
        Enterprise ok = checkId(ID);
        assertNotNull(ok, "problems of earlier rows do not refuse this one");
        assertEquals(1, problems.size());
        assertNull(checkId(""));
        assertEquals(2, problems.size());
        assertEquals("name", problems.get(0).column());
    }
}
