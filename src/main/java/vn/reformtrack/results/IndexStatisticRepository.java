package vn.reformtrack.results;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndexStatisticRepository extends JpaRepository<IndexStatistic, Long> {

    Optional<IndexStatistic> findByFrameworkIdAndYearAndKind(long frameworkId, int year, StatisticKind kind);
}
