package vn.reformtrack.unitindex;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitIndexRoundRepository extends JpaRepository<UnitIndexRound, Long> {

    Optional<UnitIndexRound> findByYear(int year);

    List<UnitIndexRound> findAllByOrderByYearDesc();

    List<UnitIndexRound> findByStatus(IndexRoundStatus status);
}
