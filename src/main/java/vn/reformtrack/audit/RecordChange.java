package vn.reformtrack.audit;

import java.time.Instant;
import java.util.List;

/**
 * What one revision did to one record: who, when, how ({@code ADD}, {@code MOD}, {@code DEL}) and the fields that
 * differ from the record's previous revision (every field with a value for an addition).
 */
public record RecordChange(long revision, Instant at, String username, Long unitId, String type, String id,
        String change, List<FieldChange> fields) {}
