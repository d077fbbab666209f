package vn.reformtrack.unitindex;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitGroupRepository extends JpaRepository<UnitGroup, Long> {

    @Query("select g from UnitGroup g where upper(g.code) = upper(:code)")
    Optional<UnitGroup> findByCode(String code);

    List<UnitGroup> findAllByOrderByPositionAscCodeAsc();
}
