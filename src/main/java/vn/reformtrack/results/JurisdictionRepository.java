package vn.reformtrack.results;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JurisdictionRepository extends JpaRepository<Jurisdiction, Long> {

    Optional<Jurisdiction> findByCode(String code);

    java.util.List<Jurisdiction> findBySuccessorIdOrderByCode(long successorId);
}
