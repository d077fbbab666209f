package vn.reformtrack.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One record a revision changed: its type (the entity's simple name, e.g. {@code Task}), its id, and how ({@code ADD},
 * {@code MOD}, {@code DEL}). Lets the trail list and filter changes without opening every history table.
 */
@Embeddable
public record ChangedRecord(
        @Column(name = "entity_type", nullable = false, length = 60) String type,
        @Column(name = "entity_id", nullable = false, length = 60) String id,
        @Column(name = "change_type", nullable = false, length = 3) String change) {}
