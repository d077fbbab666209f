package vn.reformtrack.results;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndexResultRepository extends JpaRepository<IndexResult, Long> {

    Optional<IndexResult> findByFrameworkIdAndYearAndJurisdictionId(long frameworkId, int year, long jurisdictionId);

    List<IndexResult> findByFrameworkIdAndYear(long frameworkId, int year);
}
