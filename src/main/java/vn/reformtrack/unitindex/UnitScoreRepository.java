package vn.reformtrack.unitindex;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitScoreRepository extends JpaRepository<UnitScore, Long> {

    Optional<UnitScore> findByIdAndRoundId(long id, long roundId);

    List<UnitScore> findBySheetIdOrderByPosition(long sheetId);

    List<UnitScore> findByRoundIdOrderByUnitIdAscPositionAsc(long roundId);

    List<UnitScore> findByRoundIdAndUnitIdAndAreaId(long roundId, long unitId, long areaId);

    List<UnitScore> findByRoundIdAndIdIn(long roundId, Collection<Long> ids);
}
