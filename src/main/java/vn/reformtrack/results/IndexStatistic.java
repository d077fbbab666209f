package vn.reformtrack.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A national mean or median published with a year's table. */
@Entity
@Table(name = "index_statistic")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class IndexStatistic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long frameworkId;

    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StatisticKind kind;

    private BigDecimal value;

    private int ofTotal;

    private String source;

    IndexStatistic(long frameworkId, int year, StatisticKind kind) {
        this.frameworkId = frameworkId;
        this.year = year;
        this.kind = kind;
    }

    void record(BigDecimal value, int ofTotal, String source) {
        this.value = value;
        this.ofTotal = ofTotal;
        this.source = source;
    }
}
