package vn.reformtrack.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, Long> {

    @Query("select u from Unit u where lower(u.code) = lower(?1)")
    Optional<Unit> findByCodeIgnoreCase(String code);

    boolean existsByParentIdAndActiveTrue(Long parentId);

    long countByActiveTrue();

    /** The unit's ancestors, nearest first (a recursive walk up the tree). */
    @Query(nativeQuery = true, value = """
            with recursive up(id, parent_id, depth) as (
                select id, parent_id, 0 from unit where id = ?1
                union all
                select u.id, u.parent_id, up.depth + 1 from unit u join up on u.id = up.parent_id where up.depth < 100
            )
            select id from up where id <> ?1 order by depth
            """)
    List<Long> findAncestorIds(long unitId);

    /** The unit and everything below it. */
    @Query(nativeQuery = true, value = """
            with recursive down(id, depth) as (
                select id, 0 from unit where id = ?1
                union all
                select u.id, down.depth + 1 from unit u join down on u.parent_id = down.id where down.depth < 100
            )
            select id from down
            """)
    List<Long> findSubtreeIds(long unitId);

    /** Changes whenever a unit is added or edited (units are never deleted): how many there are, and the last change. */
    @Query(nativeQuery = true, value = "select count(*) || '|' || coalesce(max(updated_at)::text, '') from unit")
    String changeStamp();
}
