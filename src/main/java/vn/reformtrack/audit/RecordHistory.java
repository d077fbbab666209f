package vn.reformtrack.audit;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A record's history as Envers keeps it, read as changes: each revision compared with the one before it, field by
 * field. Bookkeeping fields (version, who and when last saved, search keys) are left out; a password's hash shows
 * only that it changed.
 */
@Service
@Transactional(readOnly = true)
public class RecordHistory {

    /** A record changed more often than this shows its latest changes only. */
    static final int MAX_REVISIONS = 500;

    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "createdBy", "updatedAt",
            "updatedBy", "searchKey");
    private static final Set<String> SECRETS = Set.of("passwordHash");

    private final EntityManager entityManager;
    private final AuditedTypes types;
    private final ValueWriter values;

    RecordHistory(EntityManager entityManager, AuditedTypes types, ValueWriter values) {
        this.entityManager = entityManager;
        this.types = types;
        this.values = values;
    }

    /** Every change of the record, newest first (empty for an unknown type or id). */
    public List<RecordChange> of(String type, String id) {
        Optional<Class<?>> entity = types.find(type);
        Optional<Long> key = parse(id);
        if (entity.isEmpty() || key.isEmpty()) {
            return List.of();
        }
        List<?> rows = reader().createQuery().forRevisionsOfEntity(entity.get(), false, true)
                .add(AuditEntity.id().eq(key.get()))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(MAX_REVISIONS + 1)
                .getResultList();
        List<RecordChange> changes = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), MAX_REVISIONS); i++) {
            Object[] row = (Object[]) rows.get(i);
            Object previous = i + 1 < rows.size() ? ((Object[]) rows.get(i + 1))[0] : null;
            changes.add(change(type, id, row, previous));
        }
        return changes;
    }

    /** What one revision did to one record, compared with the record's revision before it. */
    public Optional<RecordChange> at(long revision, String type, String id) {
        Optional<Class<?>> entity = types.find(type);
        Optional<Long> key = parse(id);
        if (entity.isEmpty() || key.isEmpty()) {
            return Optional.empty();
        }
        List<?> rows = reader().createQuery().forRevisionsOfEntity(entity.get(), false, true)
                .add(AuditEntity.id().eq(key.get()))
                .add(AuditEntity.revisionNumber().le(revision))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(2)
                .getResultList();
        if (rows.isEmpty() || ((AuditRevision) ((Object[]) rows.get(0))[1]).getId() != revision) {
            return Optional.empty();
        }
        Object previous = rows.size() > 1 ? ((Object[]) rows.get(1))[0] : null;
        return Optional.of(change(type, id, (Object[]) rows.get(0), previous));
    }

    private RecordChange change(String type, String id, Object[] row, Object previous) {
        Object snapshot = row[0];
        AuditRevision revision = (AuditRevision) row[1];
        RevisionType kind = (RevisionType) row[2];
        String change = switch (kind) {
            case ADD -> "ADD";
            case MOD -> "MOD";
            case DEL -> "DEL";
        };
        Object before = kind == RevisionType.ADD ? null : previous;
        Object after = kind == RevisionType.DEL ? null : snapshot;
        return new RecordChange(revision.getId(), revision.getAt(), revision.getUsername(), revision.getUnitId(), type,
                id, change, fields(type, snapshot.getClass(), before, after));
    }

    private List<FieldChange> fields(String type, Class<?> entityClass, Object before, Object after) {
        List<FieldChange> fields = new ArrayList<>();
        for (Field field : persistentFields(entityClass)) {
            String name = field.getName();
            Object old = read(field, before);
            Object now = read(field, after);
            if (same(old, now)) {
                continue;
            }
            String label = values.label(type, name);
            if (SECRETS.contains(name)) {
                fields.add(new FieldChange(label, "", "", true));
                continue;
            }
            String valueField = type.equals("Unit") && name.equals("parentId") ? "parentUnitId" : name;
            fields.add(new FieldChange(label, values.write(valueField, old), values.write(valueField, now), false));
        }
        return fields;
    }

    private static boolean same(Object old, Object now) {
        if (old instanceof Collection<?> a && now instanceof Collection<?> b) {
            return new HashSet<>(a).equals(new HashSet<>(b));
        }
        if (old instanceof Collection<?> a && now == null) {
            return a.isEmpty();
        }
        if (now instanceof Collection<?> b && old == null) {
            return b.isEmpty();
        }
        if (old instanceof java.math.BigDecimal a && now instanceof java.math.BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(old, now);
    }

    /** The entity's own columns and collections of values, from its class up to its mapped superclass. */
    static List<Field> persistentFields(Class<?> entityClass) {
        List<Field> fields = new ArrayList<>();
        Class<?> type = entityClass;
        while (type != null && type != Object.class) {
            if (type.getName().contains("$")) {
                type = type.getSuperclass();
                continue;
            }
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                boolean skipped = Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Transient.class) || field.isAnnotationPresent(OneToMany.class)
                        || field.isAnnotationPresent(ManyToMany.class) || field.isAnnotationPresent(ManyToOne.class)
                        || field.isAnnotationPresent(OneToOne.class) || BOOKKEEPING.contains(field.getName());
                if (!skipped && (!Collection.class.isAssignableFrom(field.getType())
                        || field.isAnnotationPresent(ElementCollection.class))) {
                    fields.add(field);
                }
            }
            type = type.getSuperclass();
        }
        return fields;
    }

    private static Object read(Field field, Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            field.setAccessible(true);
            Object value = field.get(entity);
            return value instanceof Collection<?> collection ? List.copyOf(collection) : value;
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return null;
        }
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(entityManager);
    }
}
