package vn.reformtrack.unitindex;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitSheetRepository extends JpaRepository<UnitSheet, Long> {

    Optional<UnitSheet> findByRoundIdAndUnitId(long roundId, long unitId);

    List<UnitSheet> findByRoundId(long roundId);
}
