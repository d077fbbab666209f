package vn.reformtrack.audit;

import org.hibernate.envers.EntityTrackingRevisionListener;
import org.hibernate.envers.RevisionType;

/**
 * Fills in each Envers revision before it is inserted (who, their unit, from where) and notes every record it changes.
 * Called by Envers, not by Spring: it reads only the current thread's security context and request.
 */
public class AuditRevisionListener implements EntityTrackingRevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).actor(Actor.current());
    }

    @Override
    public void entityChanged(Class entityClass, String entityName, Object entityId, RevisionType revisionType,
            Object revisionEntity) {
        String change = switch (revisionType) {
            case ADD -> "ADD";
            case MOD -> "MOD";
            case DEL -> "DEL";
        };
        ((AuditRevision) revisionEntity).changed(
                new ChangedRecord(entityClass.getSimpleName(), String.valueOf(entityId), change));
    }
}
