package vn.reformtrack.unitindex;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilMemberRepository extends JpaRepository<CouncilMember, Long> {

    List<CouncilMember> findByRoundId(long roundId);

    Optional<CouncilMember> findByRoundIdAndUserId(long roundId, long userId);
}
