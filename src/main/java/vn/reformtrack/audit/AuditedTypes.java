package vn.reformtrack.audit;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.envers.Audited;
import org.springframework.stereotype.Component;

/**
 * The kinds of record whose history Envers keeps, by the entity's simple name ({@code Task}, {@code UserAccount}):
 * the "thing" of the trail's filter and of a record's history address. Each has a label, {@code audit.type.<Name>}.
 */
@Component
public class AuditedTypes {

    private final Map<String, Class<?>> byName;

    AuditedTypes(EntityManagerFactory entityManagerFactory) {
        Map<String, Class<?>> types = new TreeMap<>();
        for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            if (type.isAnnotationPresent(Audited.class)) {
                types.put(type.getSimpleName(), type);
            }
        }
        this.byName = Collections.unmodifiableMap(types);
    }

    public Set<String> names() {
        return byName.keySet();
    }

    public Optional<Class<?>> find(String name) {
        return Optional.ofNullable(name).map(byName::get);
    }

    public static String labelKey(String name) {
        return "audit.type." + name;
    }
}
