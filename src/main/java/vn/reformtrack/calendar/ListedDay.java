package vn.reformtrack.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** One day of a year's list: the date, whether it is a day off or a working day, and what it is ("Quốc khánh"). */
@Embeddable
public record ListedDay(
        @Column(nullable = false) LocalDate day,
        @Enumerated(EnumType.STRING) @Column(nullable = false, length = 12) DayKind kind,
        @Column(nullable = false, length = 200) String name) {}
