package vn.reformtrack.indices;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndexFrameworkRepository extends JpaRepository<IndexFramework, Long> {

    @Query("select f from IndexFramework f where upper(f.code) = upper(?1)")
    Optional<IndexFramework> findByCode(String code);
}
