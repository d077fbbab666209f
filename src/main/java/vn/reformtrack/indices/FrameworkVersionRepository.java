package vn.reformtrack.indices;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FrameworkVersionRepository extends JpaRepository<FrameworkVersion, Long> {

    @Query("select v from FrameworkVersion v join fetch v.framework f where upper(f.code) = upper(?1) order by v.validFromYear")
    List<FrameworkVersion> findByFrameworkCode(String frameworkCode);

    @Query("select v from FrameworkVersion v join fetch v.framework where v.id = ?1")
    Optional<FrameworkVersion> findWithFramework(long id);

    @Query("select v from FrameworkVersion v join fetch v.framework order by v.framework.code, v.validFromYear")
    List<FrameworkVersion> findAllWithFramework();
}
