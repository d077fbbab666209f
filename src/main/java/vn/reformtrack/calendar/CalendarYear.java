package vn.reformtrack.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.reformtrack.shared.persistence.AuditedEntity;

/**
 * A year's list of days that break the weekly rhythm, as the government announced them, with where the list comes from
 * (the notice's number). The administrator replaces the whole list at once; {@link CalendarLines} checks it first.
 */
@Entity
@Audited
@Table(name = "calendar_year")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CalendarYear extends AuditedEntity {

    @Column(nullable = false)
    private int year;

    @Column(length = 500)
    private String source;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_day", joinColumns = @JoinColumn(name = "calendar_year_id"))
    private Set<ListedDay> days = new HashSet<>();

    CalendarYear(int year) {
        this.year = year;
    }

    /** The new list (already checked: every day in this year, none twice) and its source. */
    void replace(String source, List<ListedDay> listed) {
        this.source = source == null || source.isBlank() ? null : source.strip();
        this.days.clear();
        this.days.addAll(listed);
    }

    /** The days in date order. */
    public List<ListedDay> sortedDays() {
        return days.stream().sorted(Comparator.comparing(ListedDay::day)).toList();
    }
}
