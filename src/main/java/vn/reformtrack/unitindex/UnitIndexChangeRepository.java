package vn.reformtrack.unitindex;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitIndexChangeRepository extends JpaRepository<UnitIndexChange, Long> {

    List<UnitIndexChange> findByRoundIdOrderByChangedAtDescIdDesc(long roundId, Pageable page);

    List<UnitIndexChange> findByScoreIdOrderByChangedAtDescIdDesc(long scoreId);

    List<UnitIndexChange> findByRoundIdAndUnitIdOrderByChangedAtDescIdDesc(long roundId, long unitId, Pageable page);
}
