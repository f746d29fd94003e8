package org.momentum.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.files.Progress;
import org.momentum.app.files.ReadOptions;
import org.momentum.app.intake.ImportService;
import org.momentum.app.releases.MutableClock;
import org.momentum.app.releases.ReleaseService;
import org.momentum.app.security.AccountService;
import org.momentum.app.targets.TargetImport;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;
import org.momentum.security.Role;
import org.momentum.store.AuditLog;
import org.momentum.store.Database;
import org.momentum.store.QualityReview;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;

/**
 * Issue 8: every change to the register, reports, releases, targets, programmes and users writes exactly one audit
 * entry naming who, when and what, with the before and after of what it replaced. (Momentum has no settings that
 * change at run time: configuration is environment variables and command options, read at start.)
 */
class AuditCoverageTest {
    @TempDir Path dir;
    Database db;
    ReferenceData ref = ReferenceData.shipped();
    Instant start;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:duckdb:" + dir.resolve("audit.duckdb"));
        ref.installIfEmpty(db);
        start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @AfterEach
    void close() throws Exception {
        try (Connection c = db.connect()) {
            assertNull(AuditLog.verify(c), "the chain holds after all of it");
        }
        db.close();
    }

    /** The one entry a change wrote since {@code seq}: its action, actor and a time within the test. */
    AuditLog.Logged one(long seq, String action, String actor, String key) {
        List<AuditLog.Logged> added = AuditLog.since(db, seq);
        assertEquals(1, added.size(), () -> action + ": " + added);
        AuditLog.Logged e = added.get(0);
        assertEquals(action, e.action());
        assertEquals(actor, e.actor());
        if (key != null) assertEquals(key, e.key());
        assertFalse(e.at().isBefore(start) || e.at().isAfter(Instant.now()), e.at().toString());
        return e;
    }

    ImportService intake(String actor) { return new ImportService(db, ref, Period.of(2026, 11), actor); }

    @Test
    void registerAndReportImportsWithTheirRevisions() throws Exception {
        long seq = AuditLog.lastSeq(db);
        assertFalse(intake("clerk.li").importEnterprises(TestFiles.write(dir, "e1.csv", EndToEndTest.ENTERPRISES_TEXT), ReadOptions.strict(), Progress.NONE).refused());
        AuditLog.Logged e = one(seq, "import.enterprises", "clerk.li", null);
        assertTrue(e.detail().contains("e1.csv sha256=") && e.detail().contains("applied=3") && e.detail().contains("revisions=0"), e.detail());

        seq = AuditLog.lastSeq(db);
        String moved = EndToEndTest.ENTERPRISES_TEXT.replace("E2,\"Shanghai NEV Co., Ltd.\",3612,310101,medium", "E2,\"Shanghai NEV Co., Ltd.\",3612,310101,large");
        assertFalse(intake("clerk.wu").importEnterprises(TestFiles.write(dir, "e2.csv", moved), ReadOptions.strict(), Progress.NONE).refused());
        e = one(seq, "import.enterprises", "clerk.wu", null);
        assertTrue(e.detail().contains("revisions=1"), e.detail());
        assertTrue(e.detail().contains("before -> after: E2: Shanghai NEV Co., Ltd.|3612|310101|medium|2016-01| -> Shanghai NEV Co., Ltd.|3612|310101|large|2016-01|;"), e.detail());

        seq = AuditLog.lastSeq(db);
        assertFalse(intake("clerk.li").importReports(TestFiles.write(dir, "r1.csv", EndToEndTest.REPORTS_TEXT), ReadOptions.strict(), Progress.NONE).refused());
        e = one(seq, "import.reports", "clerk.li", null);
        assertTrue(e.detail().contains("r1.csv sha256=") && e.detail().contains("revisions=0") && e.detail().contains("sha256="), e.detail());

        seq = AuditLog.lastSeq(db);
        String revised = "enterprise_id,period,indicator,value,prev_year_value\nE1,2017-01,output_value,120,\nE2,2017-01,output_value,230,190\n";
        assertFalse(intake("clerk.wu").importReports(TestFiles.write(dir, "r2.csv", revised), ReadOptions.strict(), Progress.NONE).refused());
        e = one(seq, "import.reports", "clerk.wu", null);
        assertTrue(e.detail().contains("revisions=1") && e.detail().contains("unchanged=1"), e.detail());
        assertTrue(e.detail().matches(".*before -> after: E1 2017-01 output_value: 110(\\.0)? \\(prev year -\\) -> 120(\\.0)? \\(prev year -\\);.*"), e.detail());
    }

    @Test
    void releasesCreateApprovePublishCorrectDiscard() throws Exception {
        intake("clerk").importEnterprises(TestFiles.write(dir, "e.csv", EndToEndTest.ENTERPRISES_TEXT), ReadOptions.strict(), Progress.NONE);
        intake("clerk").importReports(TestFiles.write(dir, "r.csv", EndToEndTest.REPORTS_TEXT), ReadOptions.strict(), Progress.NONE);
        MutableClock clock = new MutableClock(Instant.now().plusSeconds(1));
        ReleaseService releases = new ReleaseService(db, ref, clock);

        long seq = AuditLog.lastSeq(db);
        Release d = releases.create(Period.of(2017, 1), null, clock.instant().plusSeconds(3600), 0, null, "analyst.he").release();
        AuditLog.Logged e = one(seq, "release.create", "analyst.he", Long.toString(d.id()));
        assertTrue(e.detail().startsWith("before: none; after: draft, period=2017-01 version=1"), e.detail());

        seq = AuditLog.lastSeq(db);
        Release a = Releases.approve(db, d.id(), "publisher.ma", null, clock.instant());
        e = one(seq, "release.approve", "publisher.ma", Long.toString(d.id()));
        assertEquals("before: draft; after: approved, embargo=" + a.embargoAt(), e.detail());

        seq = AuditLog.lastSeq(db);
        Releases.publish(db, d.id(), "scheduler", a.embargoAt(), false);
        e = one(seq, "release.publish", "scheduler", Long.toString(d.id()));
        assertTrue(e.detail().startsWith("before: approved; after: published at embargo " + a.embargoAt()), e.detail());

        clock.set(a.embargoAt().plusSeconds(1));
        seq = AuditLog.lastSeq(db);
        Release c = releases.create(Period.of(2017, 1), null, clock.instant().plusSeconds(3600), d.id(), "a late report", "analyst.he").release();
        e = one(seq, "release.create", "analyst.he", Long.toString(c.id()));
        assertTrue(e.detail().contains("version=2") && e.detail().contains("correction_of=" + d.id() + " reason=a late report"), e.detail());

        seq = AuditLog.lastSeq(db);
        Releases.discard(db, c.id(), "publisher.ma");
        e = one(seq, "release.discard", "publisher.ma", Long.toString(c.id()));
        assertTrue(e.detail().startsWith("before: draft; after: discarded, observations deleted="), e.detail());
    }

    @Test
    void targetsAndProgrammesImportsWithWhatTheyReplaced() throws Exception {
        TargetImport imp = new TargetImport(db, ref, "planner.gao");
        String targets = "target_id,name,name_zh,measure,industry,region,baseline_value,baseline_period,goal_kind,goal_value,deadline,direction,tolerance\n"
                + "steel,Cut steel capacity,压减产能,capacity.crude_steel,3120,ALL,65000000,2016-12,change,-30000000,2017-12,down,0\n";
        long seq = AuditLog.lastSeq(db);
        assertFalse(imp.targets(TestFiles.write(dir, "t1.csv", targets), ReadOptions.strict()).refused());
        AuditLog.Logged e = one(seq, "targets.import", "planner.gao", null);
        assertEquals("target", e.entity());
        assertTrue(e.detail().startsWith("1 rows applied, 0 rejected; sha256 ") && !e.detail().contains("replaced"), e.detail());

        seq = AuditLog.lastSeq(db);
        assertFalse(imp.targets(TestFiles.write(dir, "t2.csv", targets.replace("-30000000", "-40000000")), ReadOptions.strict()).refused());
        e = one(seq, "targets.import", "planner.gao", null);
        assertTrue(e.detail().contains("replaced, before -> after: [target_id=steel, ") && e.detail().contains("goal_value=-3.0E7")
                && e.detail().contains("goal_value=-4.0E7"), e.detail());

        String programmes = "programme_id,kind,name,name_zh,threshold_operating_cost,threshold_production_efficiency\nim,pilot,Pilots,试点,20,20\n";
        seq = AuditLog.lastSeq(db);
        assertFalse(imp.programmes(TestFiles.write(dir, "p1.csv", programmes), ReadOptions.strict()).refused());
        assertEquals("programme", one(seq, "targets.import", "planner.gao", null).entity());
        seq = AuditLog.lastSeq(db);
        assertFalse(imp.programmes(TestFiles.write(dir, "p2.csv", programmes.replace(",20,20", ",25,20")), ReadOptions.strict()).refused());
        e = one(seq, "targets.import", "planner.gao", null);
        assertTrue(e.detail().contains("replaced, before -> after: [programme_id=im") && e.detail().contains("threshold_operating_cost=20")
                && e.detail().contains("threshold_operating_cost=25"), e.detail());
        seq = AuditLog.lastSeq(db);
        assertFalse(imp.programmes(TestFiles.write(dir, "p3.csv", programmes.replace(",20,20", ",25,20")), ReadOptions.strict()).refused());
        assertFalse(one(seq, "targets.import", "planner.gao", null).detail().contains("replaced"), "the same rows again replace nothing");
    }

    @Test
    void usersTokensLockoutAndReviews() throws Exception {
        AccountService accounts = new AccountService(db, java.time.Clock.systemUTC());
        long seq = AuditLog.lastSeq(db);
        accounts.create("admin.wang", "zhao", Role.ANALYST, "a long enough password".toCharArray(), Set.of(), Set.of("110000"));
        assertEquals("before: none; after: role=analyst enterprises=[] provinces=[110000]", one(seq, "user.create", "admin.wang", "zhao").detail());

        seq = AuditLog.lastSeq(db);
        accounts.disable("admin.wang", "zhao", true);
        assertEquals("before: disabled=false; after: disabled=true", one(seq, "user.disable", "admin.wang", "zhao").detail());
        seq = AuditLog.lastSeq(db);
        accounts.disable("admin.wang", "zhao", false);
        assertEquals("before: disabled=true; after: disabled=false", one(seq, "user.enable", "admin.wang", "zhao").detail());

        seq = AuditLog.lastSeq(db);
        accounts.reset("admin.wang", "zhao", "another long password".toCharArray());
        AuditLog.Logged e = one(seq, "user.reset", "admin.wang", "zhao");
        assertTrue(e.detail().startsWith("before: failed_logins=0") && e.detail().contains("after: new password"), e.detail());
        assertFalse(e.detail().contains("another long password") || e.detail().contains("argon2"), "never a password or its hash");

        seq = AuditLog.lastSeq(db);
        String secret = accounts.createToken("admin.wang", "zhao", "read", Duration.ofDays(9));
        String id = AccountService.tokenId(secret);
        e = one(seq, "token.create", "admin.wang", id);
        assertTrue(e.detail().startsWith("before: none; after: user=zhao scope=read expires="), e.detail());
        assertFalse(e.detail().contains(secret.substring(17)));
        seq = AuditLog.lastSeq(db);
        assertTrue(accounts.revokeToken("admin.wang", id));
        assertTrue(one(seq, "token.revoke", "admin.wang", id).detail().startsWith("before: live; after: revoked at "));
        seq = AuditLog.lastSeq(db);
        assertFalse(accounts.revokeToken("admin.wang", id), "already revoked");
        assertEquals(List.of(), AuditLog.since(db, seq), "nothing changed, nothing logged");

        seq = AuditLog.lastSeq(db);
        for (int i = 0; i < AccountService.MAX_FAILURES; i++) accounts.login("zhao", ("wrong password " + i).toCharArray());
        assertTrue(one(seq, "user.lock", "system", "zhao").detail().startsWith("before: unlocked; after: locked until "));

        intake("clerk").importEnterprises(TestFiles.write(dir, "e.csv", EndToEndTest.ENTERPRISES_TEXT), ReadOptions.strict(), Progress.NONE);
        intake("clerk").importReports(TestFiles.write(dir, "r.csv", EndToEndTest.REPORTS_TEXT), ReadOptions.strict(), Progress.NONE);
        seq = AuditLog.lastSeq(db);
        QualityReview.act(db, "E1", Period.of(2017, 1), "query", "please confirm", null, Double.NaN, "zhao");
        assertEquals("quality.query", AuditLog.since(db, seq).get(0).action());
        assertEquals("zhao", AuditLog.since(db, seq).get(0).actor());
    }
}
