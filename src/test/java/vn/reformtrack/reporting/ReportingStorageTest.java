package vn.reformtrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.evidence.EvidenceAccess;
import vn.reformtrack.evidence.EvidenceDetails;
import vn.reformtrack.evidence.EvidenceSamples;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.PlanningQueries;
import vn.reformtrack.planning.ProgressRecording;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.planning.TaskStatus;
import vn.reformtrack.reporting.ReportingFixtures.Scenario;
import vn.reformtrack.reporting.ReportingFixtures.Stored;
import org.springframework.transaction.PlatformTransactionManager;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * Reports as they are stored: evidence linked to entries with its size and hash, one file behind several entries,
 * the rules that keep a report whole (lock, submitted and accepted reports, two people on one entry, an upload that
 * breaks off, overlapping periods) and accepted progress reaching the tasks.
 */
@IntegrationTest
class ReportingStorageTest {

    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired IndexCatalog catalog;
    @Autowired PeriodService periods;
    @Autowired ReportService reports;
    @Autowired EvidenceStore evidence;
    @Autowired EvidenceAccess evidenceAccess;
    @Autowired PlanningQueries planning;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired PlatformTransactionManager transactions;

    ReportingFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void fixtures() {
        fixtures = new ReportingFixtures(data, new PlanningFixtures(plans, tasks, catalog), periods, reports, transactions);
        today = LocalDate.now(clock);
    }

    @Test
    void oneEvidenceFileBacksSeveralEntriesWithItsSizeAndHashAndReadsBackByteForByte() throws Exception {
        Scenario s = fixtures.scenario(today, 10, null);
        UnitReport report = reports.openForUnit(s.period().getId(), s.staffUser());
        byte[] content = EvidenceSamples.pdfOfSize(3 * 1024 * 1024 + 17, 41);
        EvidenceSummary file = evidence.store(s.staffUser(), s.ours().getId(), "Báo cáo kết quả.pdf",
                new ByteArrayInputStream(content), new EvidenceDetails("15/BC-STP", today.minusDays(3), "Sở Tư pháp", null));

        for (Stored entry : fixtures.entries(report.getId())) {
            reports.saveEntry(report.getId(), entry.id(), entry.version(),
                    new EntryCommand(30, EntryStatus.IN_PROGRESS, null, "Đã làm", null, null, Set.of(file.id())),
                    s.staffUser());
        }

        assertThat(fixtures.entries(report.getId())).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.evidenceIds()).containsExactly(file.id()));
        assertThat(jdbc.sql("select count(*) from report_entry_evidence where evidence_id = ?").param(file.id())
                .query(Long.class).single()).isEqualTo(2);
        EvidenceSummary stored = evidence.find(file.id()).orElseThrow();
        assertThat(stored.sizeBytes()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(stored.documentNumber()).isEqualTo("15/BC-STP");
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        evidence.copyContent(file.id(), read);
        assertThat(read.toByteArray()).isEqualTo(content);

        // Dropping the file from one entry keeps it on the other, and the file itself.
        Stored first = fixtures.entries(report.getId()).get(0);
        reports.saveEntry(report.getId(), first.id(), first.version(),
                new EntryCommand(30, EntryStatus.IN_PROGRESS, null, "Đã làm", null, null, Set.of()), s.staffUser());
        assertThat(jdbc.sql("select count(*) from report_entry_evidence where evidence_id = ?").param(file.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(evidence.find(file.id())).isPresent();
    }

    @Test
    void anotherUnitsFileCannotBeLinkedAndTheEntryStaysAsItWas() {
        Scenario s = fixtures.scenario(today, 10, null);
        UnitReport report = reports.openForUnit(s.period().getId(), s.staffUser());
        EvidenceSummary theirs = evidence.store(s.theirStaffUser(), s.theirs().getId(), "cua-ho.pdf",
                new ByteArrayInputStream(EvidenceSamples.pdf()), EvidenceDetails.none());
        Stored entry = fixtures.entries(report.getId()).get(0);

        assertThatThrownBy(() -> reports.saveEntry(report.getId(), entry.id(), entry.version(),
                new EntryCommand(30, EntryStatus.IN_PROGRESS, null, "x", null, null, Set.of(theirs.id())), s.staffUser()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("entry.error.evidenceNotYours"));
        Stored after = fixtures.entries(report.getId()).get(0);
        assertThat(after.progressPercent()).isNull();
        assertThat(after.evidenceIds()).isEmpty();
    }

    @Test
    void anUploadThatBreaksOffMidwayLeavesNoFileAndTheEntryKeepsItsOwn() {
        Scenario s = fixtures.scenario(today, 10, null);
        UnitReport report = reports.openForUnit(s.period().getId(), s.staffUser());
        EvidenceSummary kept = evidence.store(s.staffUser(), s.ours().getId(), "giu-lai.pdf",
                new ByteArrayInputStream(EvidenceSamples.pdf()), EvidenceDetails.none());
        Stored entry = fixtures.entries(report.getId()).get(0);
        reports.saveEntry(report.getId(), entry.id(), entry.version(),
                new EntryCommand(20, EntryStatus.IN_PROGRESS, null, "x", null, null, Set.of(kept.id())), s.staffUser());
        byte[] start = EvidenceSamples.pdfOfSize(2 * 1024 * 1024, 5);
        InputStream breaksOff = new InputStream() {
            int read;

            @Override
            public int read() throws IOException {
                if (read >= start.length / 2) {
                    throw new IOException("Connection reset by peer");
                }
                return start[read++] & 0xff;
            }
        };

        assertThatThrownBy(() -> evidence.store(s.staffUser(), s.ours().getId(), "dut-giua-chung.pdf", breaksOff,
                EvidenceDetails.none())).isInstanceOfAny(RuleViolationException.class, java.io.UncheckedIOException.class);

        assertThat(jdbc.sql("select count(*) from evidence_file where owner_unit_id = ?").param(s.ours().getId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(fixtures.entries(report.getId()).get(0).evidenceIds())
                .containsExactly(kept.id());
    }

    @Test
    void twoPeopleSavingOneEntryFromTheSameVersionTheSecondIsToldAndTheFirstKeepsItsText() {
        Scenario s = fixtures.scenario(today, 10, null);
        UnitReport report = reports.openForUnit(s.period().getId(), s.staffUser());
        Stored entry = fixtures.entries(report.getId()).get(0);
        long seenByBoth = entry.version();

        reports.saveEntry(report.getId(), entry.id(), seenByBoth,
                new EntryCommand(40, EntryStatus.IN_PROGRESS, null, "Chuyên viên đã viết", null, null, Set.of()),
                s.staffUser());
        assertThatThrownBy(() -> reports.saveEntry(report.getId(), entry.id(), seenByBoth,
                new EntryCommand(60, EntryStatus.IN_PROGRESS, null, "Thủ trưởng viết đè", null, null, Set.of()),
                s.headUser())).isInstanceOf(ConcurrentEditException.class);

        EntryState now = reports.entryState(report.getId(), entry.id(), s.headUser());
        assertThat(now.values().workDone()).isEqualTo("Chuyên viên đã viết");
        assertThat(now.values().progressPercent()).isEqualTo(40);
    }

    @Test
    void afterTheLockNothingIsEditedOrSubmittedAndTheDraftStaysAsItWas() {
        Scenario s = fixtures.scenario(today, 10, 0);
        UnitReport report = fixtures.filled(s, 50);
        fixtures.reschedule(s.period(), s.period().getStartsOn(), 0);
        Stored entry = fixtures.entries(report.getId()).get(0);
        UnitReport locked = fixtures.report(report.getId());

        assertThatThrownBy(() -> reports.submit(report.getId(), locked.getVersion(), s.headUser()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("report.error.entryLocked"));
        assertThatThrownBy(() -> reports.saveEntry(report.getId(), entry.id(), entry.version(),
                new EntryCommand(90, EntryStatus.IN_PROGRESS, null, "muộn", null, null, Set.of()), s.staffUser()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("report.error.entryLocked"));

        UnitReport after = fixtures.report(report.getId());
        assertThat(after.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(fixtures.entries(report.getId()).get(0).progressPercent()).isEqualTo(50);

        // The coordinator reopens it: the unit sends it, late.
        UnitReport reopened = reports.reopen(report.getId(), after.getVersion(), ReportingFixtures.COORDINATOR);
        UnitReport sent = reports.submit(report.getId(), reopened.getVersion(), s.headUser());
        assertThat(sent.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(sent.getTimeliness()).isEqualTo(Timeliness.LATE);
    }

    @Test
    void aSubmittedOrAcceptedReportIsNotEditedAndKeepsItsContent() {
        Scenario s = fixtures.scenario(today, 10, null);
        UnitReport report = fixtures.filled(s, 50);
        UnitReport submitted = reports.submit(report.getId(), report.getVersion(), s.headUser());
        Stored entry = fixtures.entries(report.getId()).get(0);
        EntryCommand change = new EntryCommand(70, EntryStatus.IN_PROGRESS, null, "sửa", null, null, Set.of());

        assertThatThrownBy(() -> reports.saveEntry(report.getId(), entry.id(), entry.version(), change, s.staffUser()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("report.error.submittedLocked"));
        assertThatThrownBy(() -> reports.saveNarrative(report.getId(), submitted.getVersion(),
                new NarrativeCommand("khác", null, null), s.staffUser()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("report.error.submittedLocked"));

        UnitReport review = reports.startReview(report.getId(), submitted.getVersion(), ReportingFixtures.COORDINATOR);
        reports.accept(report.getId(), review.getVersion(), ReportingFixtures.COORDINATOR);
        assertThatThrownBy(() -> reports.saveEntry(report.getId(), entry.id(), entry.version(), change, s.staffUser()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("report.error.accepted"));
        assertThat(fixtures.entries(report.getId()).get(0).workDone())
                .isEqualTo("Đã triển khai 50 %");
    }

    @Test
    void acceptingMovesTheTasksTheUnitLeadsAndLeavesACoordinatedPartToItsLeadUnit() {
        Scenario s = fixtures.scenario(today, 10, null);
        // Their unit coordinates our second task: its report on it does not move the task.
        UnitReport theirs = reports.openForUnit(s.period().getId(), s.theirStaffUser());
        assertThat(fixtures.entry(theirs.getId(), s.coordinatedTask().getId()).role()).isEqualTo(vn.reformtrack.planning.TaskRole.COORDINATING);

        UnitReport ours = fixtures.filled(s, 10);
        Stored done = fixtures.entry(ours.getId(), s.ledTask().getId());
        reports.saveEntry(ours.getId(), done.id(), done.version(), new EntryCommand(100, EntryStatus.DONE,
                today.minusDays(1), "Đã ban hành", null, null, Set.of()), s.staffUser());
        UnitReport sent = fixtures.report(ours.getId());
        sent = reports.submit(ours.getId(), sent.getVersion(), s.headUser());
        sent = reports.startReview(ours.getId(), sent.getVersion(), ReportingFixtures.COORDINATOR);
        UnitReport accepted = reports.accept(ours.getId(), sent.getVersion(), ReportingFixtures.COORDINATOR);

        assertThat(accepted.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(fixtures.entries(ours.getId())).allSatisfy(entry ->
                assertThat(entry.outcome()).isEqualTo(ProgressRecording.APPLIED));
        assertThat(fixtures.entry(theirs.getId(), s.coordinatedTask().getId()).outcome()).isNull();
        var ledTask = planning.task(s.ledTask().getId()).orElseThrow();
        assertThat(ledTask.progressPercent()).isEqualTo(100);
        assertThat(ledTask.status()).isEqualTo(TaskStatus.DONE_ON_TIME);
        var coordinated = planning.task(s.coordinatedTask().getId()).orElseThrow();
        assertThat(coordinated.progressPercent()).isEqualTo(10);
        assertThat(coordinated.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(planning.task(s.theirTask().getId()).orElseThrow().progressPercent()).isZero();
    }

    @Test
    void theLeadUnitReadsACoordinatingUnitsFileOnceItsReportIsSentAndNobodyElseDoes() {
        Scenario s = fixtures.scenario(today, 10, null);
        UnitReport theirs = reports.openForUnit(s.period().getId(), s.theirStaffUser());
        EvidenceSummary file = evidence.store(s.theirStaffUser(), s.theirs().getId(), "phoi-hop.pdf",
                new ByteArrayInputStream(EvidenceSamples.pdf()), EvidenceDetails.none());
        for (Stored entry : fixtures.entries(theirs.getId())) {
            reports.saveEntry(theirs.getId(), entry.id(), entry.version(), new EntryCommand(20,
                    EntryStatus.IN_PROGRESS, null, "Phối hợp", null, null, Set.of(file.id())), s.theirStaffUser());
        }
        assertThat(evidenceAccess.canRead(s.staffUser(), file)).isFalse();

        UnitReport described = reports.saveNarrative(theirs.getId(), fixtures.report(theirs.getId()).getVersion(), new NarrativeCommand("Đã phối hợp", null, null), s.theirStaffUser());
        reports.submit(theirs.getId(), described.getVersion(), s.theirHeadUser());

        assertThat(evidenceAccess.canRead(s.staffUser(), file)).isTrue();
        Scenario stranger = fixtures.scenario(today, 10, null);
        assertThat(evidenceAccess.canRead(stranger.staffUser(), file)).isFalse();
        assertThatThrownBy(() -> evidence.get(stranger.staffUser(), file.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPeriodOverlappingAnotherOfItsKindIsRefusedAndAnotherKindMayShareTheDays() {
        LocalDate day = ReportingFixtures.freshDay(today);
        ReportingPeriod first = fixtures.period(day, day.plusDays(5), null);

        assertThatThrownBy(() -> periods.create(new PeriodCommand(PeriodKind.AD_HOC, day.getYear(), "Trùng",
                day.withDayOfYear(1), day,
                day.plusDays(3), null), ReportingFixtures.COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("period.error.overlap");
                    assertThat(e.getField()).isEqualTo("startsOn");
                });
        assertThat(periods.ofYear(day.getYear())).filteredOn(p -> "Trùng".equals(p.getTitle())).isEmpty();
        assertThat(periods.get(first.getId()).getTitle()).isEqualTo(first.getTitle());
    }
}
