package vn.reformtrack.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.organization.UnitService;
import vn.reformtrack.settings.Settings;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** Storing evidence on the real PostgreSQL: what lands in the tables, and that a refusal or a failure lands nothing. */
@IntegrationTest
class EvidenceStoreTest {

    @Autowired
    EvidenceStore store;

    @Autowired
    Settings settings;

    @Autowired
    UnitService units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    Unit unit;
    CurrentUser staff;

    @BeforeEach
    void aUnitWithItsStaff() {
        unit = data.department("Sở Tư pháp thử");
        staff = current(data.user(Role.UNIT_STAFF, unit.getId()));
    }

    @AfterEach
    void defaultLimit() {
        jdbc.sql("delete from app_setting where key = ?").param(EvidenceSettings.MAX_SIZE_MB).update();
    }

    @Test
    void aFileIsStoredWithItsSizeHashAndExactBytesInChunks() throws Exception {
        byte[] content = EvidenceSamples.pdfOfSize(2 * EvidenceChunks.CHUNK_SIZE + 12_345, 42);
        EvidenceDetails details = new EvidenceDetails(" 205/KH-UBND ", LocalDate.of(2025, 3, 12),
                "Ủy ban nhân dân tỉnh Quảng Ninh", "Kế hoạch cải thiện Chỉ số CCHC");

        EvidenceSummary stored = store.store(staff, unit.getId(), "C:\\Tài liệu\\Kế hoạch 205.pdf",
                new ByteArrayInputStream(content), details);

        var row = jdbc.sql("""
                        select owner_unit_id, original_file_name, safe_file_name, content_type, size_bytes, sha256,
                               document_number, document_date, issuer, description, search_key, uploaded_by,
                               uploaded_at is not null as has_time, version
                        from evidence_file where id = ?""")
                .param(stored.id())
                .query((rs, i) -> Map.<String, Object>ofEntries(
                        Map.entry("owner", rs.getLong("owner_unit_id")),
                        Map.entry("original", rs.getString("original_file_name")),
                        Map.entry("safe", rs.getString("safe_file_name")),
                        Map.entry("type", rs.getString("content_type")),
                        Map.entry("size", rs.getLong("size_bytes")),
                        Map.entry("sha256", rs.getString("sha256")),
                        Map.entry("number", rs.getString("document_number")),
                        Map.entry("date", rs.getDate("document_date").toLocalDate()),
                        Map.entry("issuer", rs.getString("issuer")),
                        Map.entry("description", rs.getString("description")),
                        Map.entry("searchKey", rs.getString("search_key")),
                        Map.entry("by", rs.getString("uploaded_by")),
                        Map.entry("hasTime", rs.getBoolean("has_time")),
                        Map.entry("version", rs.getLong("version"))))
                .single();
        assertThat(row).containsEntry("owner", unit.getId())
                .containsEntry("original", "Kế hoạch 205.pdf")
                .containsEntry("safe", "Kế hoạch 205.pdf")
                .containsEntry("type", "application/pdf")
                .containsEntry("size", (long) content.length)
                .containsEntry("sha256", sha256(content))
                .containsEntry("number", "205/KH-UBND")
                .containsEntry("date", LocalDate.of(2025, 3, 12))
                .containsEntry("issuer", "Ủy ban nhân dân tỉnh Quảng Ninh")
                .containsEntry("description", "Kế hoạch cải thiện Chỉ số CCHC")
                .containsEntry("searchKey", "ke hoach 205.pdf 205/kh-ubnd uy ban nhan dan tinh quang ninh ke hoach cai thien chi so cchc")
                .containsEntry("by", staff.username())
                .containsEntry("hasTime", true)
                .containsEntry("version", 0L);

        List<Integer> chunkSizes = jdbc.sql("select length(data) from evidence_chunk where file_id = ? order by chunk_index")
                .param(stored.id()).query(Integer.class).list();
        assertThat(chunkSizes).containsExactly(EvidenceChunks.CHUNK_SIZE, EvidenceChunks.CHUNK_SIZE, 12_345);
        byte[] storedBytes = jdbc.sql("select string_agg(data, ''::bytea order by chunk_index) from evidence_chunk where file_id = ?")
                .param(stored.id()).query(byte[].class).single();
        assertThat(storedBytes).isEqualTo(content);
        assertThat(stored.sha256()).isEqualTo(sha256(content));
        assertThat(stored.sizeBytes()).isEqualTo(content.length);

        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        store.copyContent(stored.id(), downloaded);
        assertThat(downloaded.toByteArray()).isEqualTo(content);
    }

    @Test
    void eachAcceptedTypeIsStoredWithTheTypeFoundInItsContent() {
        assertThat(storeAs("bao-cao.docx", EvidenceSamples.docx()).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(storeAs("so-lieu.xlsx", EvidenceSamples.xlsx()).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(storeAs("anh.jpg", EvidenceSamples.jpeg()).contentType()).isEqualTo("image/jpeg");
        EvidenceSummary pngNamedJpg = storeAs("anh-hien-truong.jpg", EvidenceSamples.png());
        assertThat(pngNamedJpg.contentType()).isEqualTo("image/png");
        assertThat(pngNamedJpg.originalFileName()).isEqualTo("anh-hien-truong.jpg");
        assertThat(pngNamedJpg.safeFileName()).isEqualTo("anh-hien-truong.png");
    }

    @Test
    void filesAreFoundByIdManyInOneCallAndListedPerUnitWithoutDiacritics() {
        EvidenceSummary plan = store.store(staff, unit.getId(), "Kế hoạch.pdf", stream(EvidenceSamples.pdf()),
                new EvidenceDetails("205/KH-UBND", null, "Ủy ban nhân dân tỉnh", null));
        EvidenceSummary report = storeAs("Báo cáo quý.pdf", EvidenceSamples.pdf());
        Unit other = data.department("Sở khác");
        EvidenceSummary othersPlan = store.store(current(data.user(Role.UNIT_HEAD, other.getId())), other.getId(),
                "Kế hoạch.pdf", stream(EvidenceSamples.pdf()), new EvidenceDetails(null, null, "Ủy ban nhân dân tỉnh", null));

        assertThat(store.find(plan.id())).contains(plan);
        assertThat(store.find(Long.MAX_VALUE)).isEmpty();
        assertThat(store.findAll(List.of(plan.id(), othersPlan.id(), Long.MAX_VALUE, plan.id())))
                .containsOnlyKeys(plan.id(), othersPlan.id())
                .containsEntry(othersPlan.id(), othersPlan);
        assertThat(store.findAll(List.of())).isEmpty();

        assertThat(store.listForUnit(unit.getId(), "uy ban", PageRequest.of(0, 10)).getContent()).containsExactly(plan);
        assertThat(store.listForUnit(unit.getId(), "KH-UBND", PageRequest.of(0, 10)).getContent()).containsExactly(plan);
        assertThat(store.listForUnit(unit.getId(), "bao cao quy", PageRequest.of(0, 10)).getContent()).containsExactly(report);
        assertThat(store.listForUnit(unit.getId(), "100%", PageRequest.of(0, 10)).getContent()).isEmpty();
        var firstPage = store.listForUnit(unit.getId(), null, PageRequest.of(0, 1));
        assertThat(firstPage.getContent()).containsExactly(report);
        assertThat(firstPage.getTotalElements()).isEqualTo(2);
        assertThat(store.listForUnit(unit.getId(), " ", PageRequest.of(1, 1)).getContent()).containsExactly(plan);
    }

    @Test
    void readingAnotherUnitsFileIsNotFoundUnlessProvinceWide() {
        EvidenceSummary file = storeAs("a.pdf", EvidenceSamples.pdf());
        CurrentUser otherUnitsHead = current(data.user(Role.UNIT_HEAD, data.department("Sở khác").getId()));
        CurrentUser leader = current(data.user(Role.LEADER, null));

        assertThat(store.get(staff, file.id())).isEqualTo(file);
        assertThat(store.get(leader, file.id())).isEqualTo(file);
        assertThatThrownBy(() -> store.get(otherUnitsHead, file.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.get(leader, Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.copyContent(Long.MAX_VALUE, new ByteArrayOutputStream()))
                .isInstanceOf(NotFoundException.class);

        assertThat(store.listForUnit(leader, unit.getId(), null, PageRequest.of(0, 10)).getContent()).containsExactly(file);
        assertThat(store.listForUnit(staff, unit.getId(), null, PageRequest.of(0, 10)).getContent()).containsExactly(file);
        assertThatThrownBy(() -> store.listForUnit(otherUnitsHead, unit.getId(), null, PageRequest.of(0, 10)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void whoMayUploadForWhichUnit() {
        CurrentUser coordinator = current(data.user(Role.COORDINATOR, data.department("Sở Nội vụ thử").getId()));
        assertThat(store.store(coordinator, unit.getId(), "a.pdf", stream(EvidenceSamples.pdf()), null).ownerUnitId())
                .isEqualTo(unit.getId());

        Unit other = data.department("Sở khác");
        refusedAndNothingStored("evidence.error.otherUnit",
                () -> store.store(staff, other.getId(), "a.pdf", stream(EvidenceSamples.pdf()), null));
        refusedAndNothingStored("evidence.error.readOnly", () -> store.store(current(data.user(Role.LEADER, null)),
                unit.getId(), "a.pdf", stream(EvidenceSamples.pdf()), null));
        refusedAndNothingStored("evidence.error.unitMissing",
                () -> store.store(coordinator, Long.MAX_VALUE, "a.pdf", stream(EvidenceSamples.pdf()), null));
        units.deactivate(other.getId(), other.getVersion());
        refusedAndNothingStored("evidence.error.unitInactive",
                () -> store.store(coordinator, other.getId(), "a.pdf", stream(EvidenceSamples.pdf()), null));
    }

    @Test
    void badFilesAreRefusedAndNothingIsStored() {
        refusedAndNothingStored("evidence.error.empty", () -> storeAs("rong.pdf", new byte[0]));
        refusedAndNothingStored("evidence.error.type", () -> storeAs("bao-cao.pdf", EvidenceSamples.elf()));
        refusedAndNothingStored("evidence.error.type", () -> storeAs("bao-cao.pdf", EvidenceSamples.windowsExe()));
        refusedAndNothingStored("evidence.error.type", () -> storeAs("bao-cao.docx", EvidenceSamples.plainZip()));
        refusedAndNothingStored("evidence.error.type", () -> storeAs("ghi-chu.pdf", EvidenceSamples.text()));
        refusedAndNothingStored("evidence.error.macro", () -> storeAs("bao-cao.docm", EvidenceSamples.docm()));
        refusedAndNothingStored("evidence.error.macro", () -> storeAs("so-lieu.xlsm", EvidenceSamples.xlsm()));
        refusedAndNothingStored("evidence.error.nameEmpty", () -> storeAs("../../", EvidenceSamples.pdf()));
        refusedAndNothingStored("evidence.error.nameEmpty", () -> storeAs("..", EvidenceSamples.pdf()));
        refusedAndNothingStored("evidence.error.nameTooLong", () -> storeAs("a".repeat(300) + ".pdf", EvidenceSamples.pdf()));
        refusedAndNothingStored("evidence.error.tooLong", () -> store.store(staff, unit.getId(), "a.pdf",
                stream(EvidenceSamples.pdf()), new EvidenceDetails("1".repeat(101), null, null, null)));
        refusedAndNothingStored("evidence.error.documentDateFuture", () -> store.store(staff, unit.getId(), "a.pdf",
                stream(EvidenceSamples.pdf()), new EvidenceDetails(null, LocalDate.now().plusDays(2), null, null)));
    }

    @Test
    void theSizeLimitIsTheSettingReadAtEachUpload() {
        settings.set(EvidenceSettings.MAX_SIZE_MB, "1", "test");
        int oneMegabyte = 1024 * 1024;

        assertThat(storeAs("vua-du.pdf", EvidenceSamples.pdfOfSize(oneMegabyte, 1)).sizeBytes()).isEqualTo(oneMegabyte);
        RuleViolationException refusal = refusedAndNothingStored("evidence.error.tooLarge",
                () -> storeAs("qua-lon.pdf", EvidenceSamples.pdfOfSize(oneMegabyte + 1, 2)));
        assertThat(refusal.getArguments()).containsExactly(1);

        settings.set(EvidenceSettings.MAX_SIZE_MB, "2", "test");
        assertThat(storeAs("qua-lon.pdf", EvidenceSamples.pdfOfSize(oneMegabyte + 1, 2)).sizeBytes())
                .isEqualTo(oneMegabyte + 1);
    }

    @Test
    void aLimitTheApplicationCannotHonourIsNotUsed() {
        assertThat(store.maxSizeMegabytes()).isEqualTo(20);
        settings.set(EvidenceSettings.MAX_SIZE_MB, "150", "test");
        assertThat(store.maxSizeMegabytes()).isEqualTo(100);
        settings.set(EvidenceSettings.MAX_SIZE_MB, "0", "test");
        assertThat(store.maxSizeMegabytes()).isEqualTo(20);
        settings.set(EvidenceSettings.MAX_SIZE_MB, "-5", "test");
        assertThat(store.maxSizeMegabytes()).isEqualTo(20);
    }

    @Test
    void anUploadThatBreaksOffMidwayLeavesNothing() {
        byte[] content = EvidenceSamples.pdfOfSize(3 * EvidenceChunks.CHUNK_SIZE, 3);
        InputStream breaksAfterOneMegabyte = new InputStream() {
            private final InputStream bytes = new ByteArrayInputStream(content);
            private int read;

            @Override
            public int read() throws IOException {
                if (++read > EvidenceChunks.CHUNK_SIZE) {
                    throw new IOException("Connection reset by peer");
                }
                return bytes.read();
            }
        };

        refusedAndNothingStored("evidence.error.unreadable",
                () -> store.store(staff, unit.getId(), "gian-doan.pdf", breaksAfterOneMegabyte, null));
    }

    @Test
    void aDatabaseFailureWhileWritingTheBytesRollsBackTheWholeFile() {
        jdbc.sql("""
                create or replace function evidence_test_fail_midway() returns trigger language plpgsql as $$
                begin
                    if new.chunk_index = 1 and exists (select 1 from evidence_file
                                                       where id = new.file_id and original_file_name = 'hong-giua-chung.pdf') then
                        raise exception 'simulated failure after the first chunk';
                    end if;
                    return new;
                end $$""").update();
        jdbc.sql("create trigger evidence_test_fail_midway before insert on evidence_chunk "
                + "for each row execute function evidence_test_fail_midway()").update();
        try {
            long files = count("evidence_file");
            long chunks = count("evidence_chunk");

            assertThatThrownBy(() -> storeAs("hong-giua-chung.pdf", EvidenceSamples.pdfOfSize(3 * EvidenceChunks.CHUNK_SIZE, 4)))
                    .isInstanceOf(DataAccessException.class);

            assertThat(count("evidence_file")).isEqualTo(files);
            assertThat(count("evidence_chunk")).isEqualTo(chunks);
        } finally {
            jdbc.sql("drop trigger evidence_test_fail_midway on evidence_chunk").update();
            jdbc.sql("drop function evidence_test_fail_midway()").update();
        }
    }

    private EvidenceSummary storeAs(String name, byte[] content) {
        return store.store(staff, unit.getId(), name, stream(content), EvidenceDetails.none());
    }

    private RuleViolationException refusedAndNothingStored(String key, Runnable upload) {
        long files = count("evidence_file");
        long chunks = count("evidence_chunk");
        RuleViolationException[] refusal = new RuleViolationException[1];
        assertThatThrownBy(upload::run).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            refusal[0] = e;
        });
        assertThat(count("evidence_file")).as("files after %s", key).isEqualTo(files);
        assertThat(count("evidence_chunk")).as("chunks after %s", key).isEqualTo(chunks);
        return refusal[0];
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    static InputStream stream(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    static CurrentUser current(UserAccount account) {
        return new CurrentUser(account.getId(), account.getUsername(), account.getFullName(), account.getRole(),
                account.getUnitId());
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
