package vn.reformtrack.reporting;

import java.time.LocalDate;

/**
 * The coordinator's part of the province's consolidated report: its number and symbol (e.g. {@code 125/BC-UBND}),
 * date, title (trích yếu), the narrative sections, the recipients (one per line) and the signature block (the
 * authority lines, e.g. "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", and the signer's name).
 */
public record ConsolidatedCommand(String documentNumber, LocalDate issueDate, String title, String results,
        String limitations, String nextTasks, String proposals, String recipients, String signerAuthority,
        String signerName) {}
